//! What a URL fragment or a share link names: one type (`Target` on the report page, `Shared` on
//! the share page), one `parse` and one `anchor` for each, so the URL contract is written once.
//! Pure and total: anything unknown parses to nothing (or, shared, to the whole report).

use super::charts::chart_views;
use super::deck::slides;
use super::embed::KEY_FIGURES_TITLE;
use super::sections::{locate_figure, section, sections};
use crate::data::Report;
use std::num::NonZeroUsize;
use std::rc::Rc;

/// The element id of the key-figures strip (part of the URL contract).
pub const KEY_FIGURES_ID: &str = "key-figures";
const CHART_PREFIX: &str = "chart-";
const FIGURE_PREFIX: &str = "fig-";
const ITEM_INFIX: &str = "-item-";
/// The prefix of a slide's share fragment: `slide-3` is the deck's third slide (`present/#3`).
pub const SLIDE_PREFIX: &str = "slide-";
/// No fragment longer than this names anything.
const LONGEST: usize = 128;

/// The element id (and fragment) of a chart: `chart-<id>`.
pub fn chart_anchor(chart_id: &str) -> String {
    format!("{CHART_PREFIX}{chart_id}")
}

/// The chart id an element id (or fragment) names, if it is a chart's: the inverse of `chart_anchor`.
pub fn chart_id_of_anchor(anchor: &str) -> Option<&str> {
    anchor.strip_prefix(CHART_PREFIX).filter(|id| !id.is_empty())
}

/// The element id (and fragment) of a section's `n`th item (from 1, in page order through the
/// section's groups; for the proposals report, its groups' items then its outlook's).
pub fn item_anchor(section_id: &str, n: usize) -> String {
    format!("{section_id}{ITEM_INFIX}{n}")
}

/// The fragment (element id) that marks a figure inside its item: `fig-<id>`.
pub fn figure_anchor(figure_id: &str) -> String {
    format!("{FIGURE_PREFIX}{figure_id}")
}

/// Something on the report page that a fragment names. Its ids are the report's own: a `Target`
/// is made by [`Target::parse`] against a report, or from that report's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The key figures: `#key-figures`.
    KeyFigures,
    /// A section: `#area-1`, `#tasks-2024`, `#proposals`.
    Section(Rc<str>),
    /// A section's `n`th item (from 1): `#area-1-item-3`.
    Item(Rc<str>, NonZeroUsize),
    /// A chart: `#chart-<id>`.
    Chart(Rc<str>),
    /// A figure, inside its item: `#fig-<id>`.
    Figure(Rc<str>),
}

impl Target {
    /// What `fragment` (with or without its leading `#`) names in `report`, if anything.
    pub fn parse(report: &Report, fragment: &str) -> Option<Target> {
        let id = fragment.strip_prefix('#').unwrap_or(fragment);
        if id.is_empty() || id.len() > LONGEST {
            return None;
        }
        if id == KEY_FIGURES_ID {
            return Some(Target::KeyFigures);
        }
        if let Some(section) = section(report, id) {
            return Some(Target::Section(section.id));
        }
        if let Some(chart) =
            chart_id_of_anchor(id).and_then(|c| chart_views(report).into_iter().find(|v| *v.chart.id == *c))
        {
            return Some(Target::Chart(chart.chart.id.clone()));
        }
        if let Some((section_id, n)) = id.rsplit_once(ITEM_INFIX) {
            let section = section(report, section_id)?;
            let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            let n: NonZeroUsize = n.parse().ok().filter(|_| digits)?;
            // Only an item the section has (its numbering is the section's own).
            section.items(report).get(n.get() - 1)?;
            return Some(Target::Item(section.id, n));
        }
        let found = locate_figure(report, id.strip_prefix(FIGURE_PREFIX)?)?;
        Some(Target::Figure(found.figure.id.clone()))
    }

    /// Its fragment and element id, without the `#`: `parse(anchor(t)) == t`.
    pub fn anchor(&self) -> String {
        match self {
            Target::KeyFigures => KEY_FIGURES_ID.to_owned(),
            Target::Section(id) => id.to_string(),
            Target::Item(section, n) => item_anchor(section, n.get()),
            Target::Chart(id) => chart_anchor(id),
            Target::Figure(id) => figure_anchor(id),
        }
    }

    /// The section to open to show it (none for the key figures, which are always shown).
    pub fn section(&self, report: &Report) -> Option<Rc<str>> {
        match self {
            Target::KeyFigures => None,
            Target::Section(id) | Target::Item(id, _) => Some(id.clone()),
            Target::Chart(id) => chart_views(report)
                .into_iter()
                .find(|v| v.chart.id == *id)
                .map(|v| Rc::from(v.section_id)),
            Target::Figure(id) => locate_figure(report, id).map(|f| Rc::from(f.section_id)),
        }
    }

    /// The report's words that name it: a heading, a chart's title, an item's text (a figure's is
    /// its item's), or the key figures' title.
    pub fn title(&self, report: &Report) -> Option<Rc<str>> {
        match self {
            Target::KeyFigures => Some(Rc::from(KEY_FIGURES_TITLE)),
            Target::Section(id) => section(report, id).map(|s| s.heading),
            Target::Item(id, n) => Some(section(report, id)?.items(report).get(n.get() - 1)?.text.clone()),
            Target::Chart(id) => report.charts.iter().find(|c| c.id == *id).map(|c| c.title.clone()),
            Target::Figure(id) => locate_figure(report, id).map(|f| f.item.text.clone()),
        }
    }

    /// Every target of `report`: the key figures, then each section with its items, its charts
    /// and its figures, in page order.
    pub fn all(report: &Report) -> Vec<Target> {
        let mut all = vec![Target::KeyFigures];
        let charts = chart_views(report);
        for section in sections(report) {
            all.push(Target::Section(section.id.clone()));
            let items = section.items(report);
            all.extend(
                (1..=items.len())
                    .filter_map(NonZeroUsize::new)
                    .map(|n| Target::Item(section.id.clone(), n)),
            );
            // Every item that states figures, the proposals report's summary included.
            for item in section.stating_items(report) {
                all.extend(item.figures.iter().map(|f| Target::Figure(f.id.clone())));
            }
            for view in charts.iter().filter(|v| *v.section_id == *section.id) {
                all.push(Target::Chart(view.chart.id.clone()));
            }
        }
        all
    }
}

/// What a share page (`./share/#<fragment>`) shares: the whole report, a slide of the deck
/// (`slide-<n>`), or something the report's own fragments name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shared {
    Report,
    /// A slide, from 0 (`slide-1` is the first).
    Slide(usize),
    Target(Target),
}

impl Shared {
    /// What the share page's `fragment` names; the whole report when it names nothing known.
    pub fn parse(report: &Report, fragment: &str) -> Shared {
        let id = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(n) = id.strip_prefix(SLIDE_PREFIX) {
            let digits = !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit());
            let index = n
                .parse::<usize>()
                .ok()
                .filter(|_| digits)
                .and_then(|n| n.checked_sub(1));
            return match index {
                Some(index) if index < slides(report).len() => Shared::Slide(index),
                _ => Shared::Report,
            };
        }
        Target::parse(report, id).map_or(Shared::Report, Shared::Target)
    }

    /// Its fragment on the share page (empty for the whole report): `parse(fragment(s)) == s`.
    pub fn fragment(&self) -> String {
        match self {
            Shared::Report => String::new(),
            Shared::Slide(index) => format!("{SLIDE_PREFIX}{}", index + 1),
            Shared::Target(target) => target.anchor(),
        }
    }
}
