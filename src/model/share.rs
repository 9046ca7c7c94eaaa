//! What a share link points at. The share page (`./share/#<fragment>`) names its target with the
//! report's own fragments (a section, an item, a chart, a figure, the key figures) or `slide-<n>`
//! for a slide of the deck; anything else shares the whole report. Pure and total.

use super::embed::EmbedBlock;
use super::ids::{ItemId, SectionId};
use super::report_model::Model;
use super::target::{Shared, Target};
use std::rc::Rc;

/// Something to share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareTarget {
    /// The report's words that name it: a heading, a chart's title, an item's text, a slide's
    /// title, or the report's title.
    pub title: Rc<str>,
    /// Where it is, relative to the report's folder: `""` (the report), `#area-1`, `present/#3`.
    pub path: String,
    /// The picture 生成图片 makes of it: an item's own, or the section's it is in.
    pub picture: Option<Picture>,
    /// The fragment that names it on the share page (empty for the whole report).
    pub fragment: String,
}

/// What 生成图片 pictures: one item (分享这一条: its line and its figures), or a whole section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picture {
    Item(ItemId),
    Section(SectionId),
}

impl Picture {
    /// The section it belongs to.
    pub fn section(&self) -> &SectionId {
        match self {
            Picture::Item(item) => &item.section,
            Picture::Section(section) => section,
        }
    }

    /// The words of its button: what the picture contains.
    pub fn button_label(&self) -> &'static str {
        match self {
            Picture::Item(_) => "生成图片（这一条）",
            Picture::Section(_) => "生成图片（这一部分）",
        }
    }
}

impl ShareTarget {
    /// The whole report.
    pub fn report(model: &Model) -> ShareTarget {
        ShareTarget {
            title: model.report().meta.title.clone(),
            path: String::new(),
            picture: None,
            fragment: String::new(),
        }
    }

    /// Its address: `base` (the report's folder, ending in `/`) followed by its path.
    pub fn url(&self, base: &str) -> String {
        format!("{base}{}", self.path)
    }

    /// The embeddable block it is (the key figures, a section, a chart), if it is one.
    pub fn block<'m>(&self, model: &'m Model) -> Option<&'m EmbedBlock> {
        model
            .blocks()
            .iter()
            .find(|block| !self.fragment.is_empty() && block.anchor == self.fragment)
    }
}

/// 码上看报告: the file, at the site's root, of the QR code printed at the end of a section (its
/// address on the web: the public address and the section's fragment). Written by `site::render`
/// only when the data file sets `public_url`: without it there is no address to print.
pub fn section_code_file(id: &str) -> String {
    format!("qr/{id}.svg")
}

/// The query with which the share page leads with its block's embed code (the report's 嵌入).
pub const EMBED_QUERY: &str = "?embed";

/// The share page leading with a block's embed code, relative to the report's folder (the report's
/// 嵌入 links here: `share/?embed#<fragment>`).
pub fn embed_path(fragment: &str) -> String {
    format!("share/{EMBED_QUERY}#{fragment}")
}

/// Whether a share page's query (with its `?`) asks it to lead with the embed code: exactly
/// [`EMBED_QUERY`]; any other query is ignored.
pub fn wants_embed(query: &str) -> bool {
    query == EMBED_QUERY
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
                picture: None,
                fragment: Shared::Slide(index).fragment(),
            },
            None => ShareTarget::report(model),
        },
        Shared::Target(target) => ShareTarget {
            title: target.title(model).unwrap_or_else(|| model.report().meta.title.clone()),
            path: format!("#{}", target.anchor()),
            picture: match &target {
                Target::Item(item) => Some(Picture::Item(item.clone())),
                _ => target.section(model).map(Picture::Section),
            },
            fragment: target.anchor(),
        },
    }
}
