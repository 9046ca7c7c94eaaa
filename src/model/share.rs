//! What a share link points at. The share page (`./share/#<fragment>`) names its target with the
//! report's own fragments (a section, an item, a chart, a figure, the key figures) or `slide-<n>`
//! for a slide of the deck; anything else shares the whole report. Pure and total.

use super::charts::{chart_anchor, chart_views};
use super::deck::slides;
use super::embed::KEY_FIGURES_TITLE;
use super::fragment::{resolve_fragment, KEY_FIGURES_ID};
use super::sections::{locate_figure, section};
use crate::data::Report;
use std::rc::Rc;

/// The prefix of a slide's share fragment: `slide-3` is the deck's third slide (`present/#3`).
pub const SLIDE_PREFIX: &str = "slide-";

/// Something to share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareTarget {
    /// The report's words that name it: a heading, a chart's title, an item's text, a slide's
    /// title, or the report's title.
    pub title: Rc<str>,
    /// Where it is, relative to the report's folder: `""` (the report), `#area-1`, `present/#3`.
    pub path: String,
    /// The section it is in, whose picture (生成图片) the share page offers.
    pub section_id: Option<Rc<str>>,
    /// The fragment that names it on the share page (empty for the whole report).
    pub fragment: String,
}

impl ShareTarget {
    /// The whole report.
    pub fn report(report: &Report) -> ShareTarget {
        ShareTarget {
            title: report.meta.title.clone(),
            path: String::new(),
            section_id: None,
            fragment: String::new(),
        }
    }

    /// Its address: `base` (the report's folder, ending in `/`) followed by its path.
    pub fn url(&self, base: &str) -> String {
        format!("{base}{}", self.path)
    }
}

/// The share page's address for a fragment, relative to the report's folder (the URL contract:
/// `share/#<fragment>`).
pub fn share_path(fragment: &str) -> String {
    format!("share/#{fragment}")
}

/// The share fragment of a slide (`index` from 0).
pub fn slide_share_fragment(index: usize) -> String {
    format!("{SLIDE_PREFIX}{}", index + 1)
}

/// The target a share page's fragment names; the whole report when it names nothing known.
pub fn share_target(report: &Report, fragment: &str) -> ShareTarget {
    let id = fragment.strip_prefix('#').unwrap_or(fragment);
    named(report, id).unwrap_or_else(|| ShareTarget::report(report))
}

fn named(report: &Report, id: &str) -> Option<ShareTarget> {
    if let Some(n) = id.strip_prefix(SLIDE_PREFIX) {
        let digits = !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit());
        let index = n.parse::<usize>().ok().filter(|_| digits)?.checked_sub(1)?;
        let slide = slides(report).into_iter().nth(index)?;
        return Some(ShareTarget {
            title: slide.title.clone(),
            path: format!("present/#{}", index + 1),
            section_id: None,
            fragment: slide_share_fragment(index),
        });
    }
    let target = resolve_fragment(report, id)?;
    let title = if id == KEY_FIGURES_ID {
        Rc::from(KEY_FIGURES_TITLE)
    } else if let Some(section) = section(report, id) {
        section.heading
    } else if let Some(view) = chart_views(report)
        .into_iter()
        .find(|v| chart_anchor(&v.chart.id) == id)
    {
        view.chart.title.clone()
    } else if let Some(found) = id.strip_prefix("fig-").and_then(|f| locate_figure(report, f)) {
        found.item.text.clone()
    } else {
        let (section_id, n) = id.rsplit_once("-item-")?;
        let n: usize = n.parse().ok()?;
        section(report, section_id)?
            .items(report)
            .get(n.checked_sub(1)?)?
            .text
            .clone()
    };
    Some(ShareTarget {
        title,
        path: format!("#{id}"),
        section_id: target.open_section,
        fragment: id.to_owned(),
    })
}
