//! What a share link points at. The share page (`./share/#<fragment>`) names its target with the
//! report's own fragments (a section, an item, a chart, a figure, the key figures) or `slide-<n>`
//! for a slide of the deck; anything else shares the whole report. Pure and total.

use super::ids::SectionId;
use super::report_model::Model;
use super::target::Shared;
use std::rc::Rc;

/// Something to share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareTarget {
    /// The report's words that name it: a heading, a chart's title, an item's text, a slide's
    /// title, or the report's title.
    pub title: Rc<str>,
    /// Where it is, relative to the report's folder: `""` (the report), `#area-1`, `present/#3`.
    pub path: String,
    /// The section it is in, whose picture (生成图片) the share page offers.
    pub section_id: Option<SectionId>,
    /// The fragment that names it on the share page (empty for the whole report).
    pub fragment: String,
}

impl ShareTarget {
    /// The whole report.
    pub fn report(model: &Model) -> ShareTarget {
        ShareTarget {
            title: model.report().meta.title.clone(),
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
    Shared::Slide(index).fragment()
}

/// The target a share page's fragment names; the whole report when it names nothing known.
pub fn share_target(model: &Model, fragment: &str) -> ShareTarget {
    match Shared::parse(model, fragment) {
        Shared::Report => ShareTarget::report(model),
        Shared::Slide(index) => match model.slides().get(index) {
            Some(slide) => ShareTarget {
                title: slide.title.clone(),
                path: format!("present/#{}", index + 1),
                section_id: None,
                fragment: Shared::Slide(index).fragment(),
            },
            None => ShareTarget::report(model),
        },
        Shared::Target(target) => ShareTarget {
            title: target.title(model).unwrap_or_else(|| model.report().meta.title.clone()),
            path: format!("#{}", target.anchor()),
            section_id: target.section(model),
            fragment: target.anchor(),
        },
    }
}
