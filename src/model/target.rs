//! What a URL fragment or a share link names: one type (`Target` on the report page, `Shared` on
//! the share page), one `parse` and one `anchor` for each, so the URL contract is written once.
//! Pure and total: anything unknown parses to nothing (or, shared, to the whole report).

use super::embed::KEY_FIGURES_TITLE;
use super::ids::{ChartId, FigureId, ItemId, SectionId};
use super::report_model::Model;
use std::num::NonZeroUsize;
use std::rc::Rc;

/// The element id of the key-figures strip (part of the URL contract).
pub const KEY_FIGURES_ID: &str = "key-figures";
const CHART_PREFIX: &str = "chart-";
const FIGURE_PREFIX: &str = "fig-";
const ITEM_INFIX: &str = "-item-";
/// The prefix of a slide's share fragment: `slide-3` is the deck's third slide (`present/#3`).
pub const SLIDE_PREFIX: &str = "slide-";
/// The ids of the pages' own elements, which no section of a report may take (`tests/ssr.rs`
/// checks the list against every id the pages render).
pub const PAGE_ELEMENT_IDS: &[&str] = &[
    "app",
    "deck-overview-button",
    "deck-overview-grid",
    "deck-overview-title",
    "download-heading",
    "embed-code",
    "embed-code-heading",
    "embed-code-iframe",
    "embed-code-iframe-label",
    "embed-code-loader",
    "embed-code-loader-label",
    "embed-code-pym",
    "embed-code-pym-label",
    "embed-preview",
    "embed-heading",
    "embed-root",
    "font-tier-label",
    "key-figures-heading",
    "main",
    "overview",
    "overview-heading",
    "picture-heading",
    "reading-dialog",
    "reading-dialog-title",
    "report-search-input",
    "review-heading",
    "search",
    "share-heading",
    "share-link-heading",
    "share-url",
    "speaker-heading",
    "speaker-notes-heading",
    "speaker-target",
    "speech-label",
    "speech-rate-label",
    "toc-list",
    "yitu-data",
];
/// Whether `id`, as a section's id, would name something else on the report page or the share
/// page: one of the pages' own elements, or, by the fragments' grammar, the key figures, a chart,
/// a figure, an item of another section or a slide (its items' anchors are `<id>-item-<n>`).
pub fn taken_by_the_page(id: &str) -> bool {
    let with_more = format!("{id}-");
    PAGE_ELEMENT_IDS.contains(&id)
        || id == KEY_FIGURES_ID
        || [CHART_PREFIX, FIGURE_PREFIX, SLIDE_PREFIX]
            .iter()
            .any(|p| with_more.starts_with(p))
        || id.contains(ITEM_INFIX)
}

/// The ids of a chart's parts are its anchor followed by one of these (`chart-<id>-title`).
pub const CHART_TITLE_SUFFIX: &str = "-title";
pub const CHART_CANVAS_SUFFIX: &str = "-canvas";
pub const CHART_DESCRIPTION_SUFFIX: &str = "-description";
pub const CHART_TABLE_SUFFIX: &str = "-table";
/// A bar's id is the chart's anchor, this, and the bar's number (`chart-<id>-bar-2`).
pub const CHART_BAR_INFIX: &str = "-bar-";

/// Whether `id`, as a chart's id, could make one of its anchors the id of another chart's part
/// (charts `a` and `a-title` would both have an element `chart-a-title`).
pub fn taken_by_a_chart_part(id: &str) -> bool {
    let suffixes = [
        CHART_TITLE_SUFFIX,
        CHART_CANVAS_SUFFIX,
        CHART_DESCRIPTION_SUFFIX,
        CHART_TABLE_SUFFIX,
    ];
    suffixes.iter().any(|s| id.ends_with(s)) || format!("{id}-").contains(CHART_BAR_INFIX)
}

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
/// is made by [`Target::parse`] against a model, or from that model's parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The key figures: `#key-figures`.
    KeyFigures,
    /// A section: `#area-1`, `#tasks-2024`, `#proposals`.
    Section(SectionId),
    /// A section's `n`th item (from 1): `#area-1-item-3`.
    Item(ItemId),
    /// A chart: `#chart-<id>`.
    Chart(ChartId),
    /// A figure, inside its item: `#fig-<id>`.
    Figure(FigureId),
}

impl Target {
    /// What `fragment` (with or without its leading `#`) names in the model's report, if anything.
    pub fn parse(model: &Model, fragment: &str) -> Option<Target> {
        let id = fragment.strip_prefix('#').unwrap_or(fragment);
        if id.is_empty() || id.len() > LONGEST {
            return None;
        }
        if id == KEY_FIGURES_ID {
            return Some(Target::KeyFigures);
        }
        if let Some(section) = model.section(id) {
            return Some(Target::Section(section.id.clone()));
        }
        if let Some(chart) = chart_id_of_anchor(id).and_then(|c| model.chart(c)) {
            return Some(Target::Chart(chart.id.clone()));
        }
        if let Some((section_id, n)) = id.rsplit_once(ITEM_INFIX) {
            let section = model.section(section_id)?;
            let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            let n: NonZeroUsize = n.parse().ok().filter(|_| digits)?;
            // Only an item the section has (its numbering is the section's own).
            section.item(n.get())?;
            let section = section.id.clone();
            return Some(Target::Item(ItemId { section, n }));
        }
        let found = model.figure(id.strip_prefix(FIGURE_PREFIX)?)?;
        Some(Target::Figure(found.id.clone()))
    }

    /// Its fragment and element id, without the `#`: `parse(anchor(t)) == t`.
    pub fn anchor(&self) -> String {
        match self {
            Target::KeyFigures => KEY_FIGURES_ID.to_owned(),
            Target::Section(id) => id.to_string(),
            Target::Item(item) => item_anchor(&item.section, item.n.get()),
            Target::Chart(id) => chart_anchor(id),
            Target::Figure(id) => figure_anchor(id),
        }
    }

    /// The section to open to show it (none for the key figures, which are always shown).
    pub fn section(&self, model: &Model) -> Option<SectionId> {
        match self {
            Target::KeyFigures => None,
            Target::Section(id) => Some(id.clone()),
            Target::Item(item) => Some(item.section.clone()),
            Target::Chart(id) => model.chart(id).map(|v| v.section.clone()),
            Target::Figure(id) => model.figure(id).map(|f| f.section.clone()),
        }
    }

    /// The report's words that name it: a heading, a chart's title, an item's text (a figure's is
    /// its item's), or the key figures' title.
    pub fn title(&self, model: &Model) -> Option<Rc<str>> {
        match self {
            Target::KeyFigures => Some(Rc::from(KEY_FIGURES_TITLE)),
            Target::Section(id) => model.section(id).map(|s| s.heading.clone()),
            Target::Item(item) => Some(model.section(&item.section)?.item(item.n.get())?.text.clone()),
            Target::Chart(id) => model.chart(id).map(|c| c.chart.title.clone()),
            Target::Figure(id) => model.figure(id).map(|f| f.item.text.clone()),
        }
    }

    /// Every target of the model's report: the key figures, then each section with its items, its
    /// charts and its figures, in page order.
    pub fn all(model: &Model) -> Vec<Target> {
        let mut all = vec![Target::KeyFigures];
        for section in model.sections() {
            all.push(Target::Section(section.id.clone()));
            all.extend((1..=section.items().len()).filter_map(NonZeroUsize::new).map(|n| {
                let section = section.id.clone();
                Target::Item(ItemId { section, n })
            }));
            // Every item that states figures, the proposals report's summary included.
            all.extend(
                model
                    .figures()
                    .iter()
                    .filter(|f| f.section == section.id)
                    .map(|f| Target::Figure(f.id.clone())),
            );
            all.extend(model.charts_in(&section.id).map(|v| Target::Chart(v.id.clone())));
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
    pub fn parse(model: &Model, fragment: &str) -> Shared {
        let id = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(n) = id.strip_prefix(SLIDE_PREFIX) {
            let digits = !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit());
            let index = n
                .parse::<usize>()
                .ok()
                .filter(|_| digits)
                .and_then(|n| n.checked_sub(1));
            return match index {
                Some(index) if index < model.slides().len() => Shared::Slide(index),
                _ => Shared::Report,
            };
        }
        Target::parse(model, id).map_or(Shared::Report, Shared::Target)
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
