//! What a URL fragment points at: a section to open and an element to scroll to. Pure and total.

use super::charts::{chart_anchor, chart_views};
use super::sections::{locate_figure, section};
use crate::data::Report;
use std::rc::Rc;

/// Where a fragment leads: the section to open (if any) and the element id to scroll to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentTarget {
    pub open_section: Option<Rc<str>>,
    pub anchor: String,
}

/// The element id of the key-figures strip (part of the URL contract).
pub const KEY_FIGURES_ID: &str = "key-figures";

/// Resolves a fragment (with or without its leading `#`); anything unknown is `None`.
pub fn resolve_fragment(report: &Report, fragment: &str) -> Option<FragmentTarget> {
    let id = fragment.strip_prefix('#').unwrap_or(fragment);
    if id.is_empty() || id.len() > 128 {
        return None;
    }
    if id == KEY_FIGURES_ID {
        return Some(FragmentTarget {
            open_section: None,
            anchor: id.to_owned(),
        });
    }
    if let Some(section) = section(report, id) {
        return Some(FragmentTarget {
            open_section: Some(section.id),
            anchor: id.to_owned(),
        });
    }
    if let Some(view) = chart_views(report)
        .into_iter()
        .find(|v| chart_anchor(&v.chart.id) == id)
    {
        return Some(FragmentTarget {
            open_section: Some(Rc::from(view.section_id)),
            anchor: id.to_owned(),
        });
    }
    if let Some((section_id, n)) = id.rsplit_once("-item-") {
        let section = section(report, section_id)?;
        let n: std::num::NonZeroUsize = n.parse().ok()?;
        // Only an item the section has (its numbering is the section's own).
        section.items(report).get(n.get() - 1)?;
        return Some(FragmentTarget {
            open_section: Some(section.id),
            anchor: id.to_owned(),
        });
    }
    let figure_id = id.strip_prefix("fig-")?;
    let found = locate_figure(report, figure_id)?;
    Some(FragmentTarget {
        open_section: Some(Rc::from(found.section_id)),
        anchor: id.to_owned(),
    })
}
