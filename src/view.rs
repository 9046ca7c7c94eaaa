//! Which page a file is: written at build time as `data-view` (and `data-block` for embeds) on the
//! root element, read at start.

use crate::model::Model;
use std::rc::Rc;

/// The id of the element the app renders into (and hydrates) on every page.
pub const ROOT_ID: &str = "app";

/// The attribute on the root element that names the page's view.
pub const VIEW_ATTRIBUTE: &str = "data-view";

/// The attribute on an embed page's root element that names its block.
pub const BLOCK_ATTRIBUTE: &str = "data-block";

/// One kind of page of the URL contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// `./`: the whole report.
    Report,
    /// `./404.html`: not found, with a way back.
    NotFound,
    /// `./embed/<id>/`: one block, expanded, without page chrome, for iframes.
    Embed(Rc<str>),
    /// `./present/`: the report as slides.
    Present,
    /// `./present/speaker/`: the presenter's view of the slides.
    Speaker,
    /// `./share/`: share a part of the report (named by the fragment) and make pictures of it.
    Share,
}

impl View {
    /// Every page of the model's report, in the order `cargo xtask dist` writes them.
    pub fn all(model: &Model) -> Vec<View> {
        let embeds = model.blocks().iter().map(|b| View::Embed(b.id.clone()));
        [View::Report, View::NotFound, View::Present, View::Speaker, View::Share]
            .into_iter()
            .chain(embeds)
            .collect()
    }

    /// The value of `data-view` for this view.
    pub fn as_attribute(&self) -> &'static str {
        match self {
            View::Report => "report",
            View::NotFound => "not-found",
            View::Embed(_) => "embed",
            View::Present => "present",
            View::Speaker => "speaker",
            View::Share => "share",
        }
    }

    /// The view named by a page's `data-view` and `data-block`: only pages of `report` exist, so an
    /// unknown value or block is `None`.
    pub fn from_attributes(model: &Model, view: &str, block: Option<&str>) -> Option<View> {
        View::all(model)
            .into_iter()
            .find(|v| v.as_attribute() == view && v.block() == block)
    }

    /// The embedded block's id, for embed pages.
    pub fn block(&self) -> Option<&str> {
        match self {
            View::Embed(id) => Some(id),
            _ => None,
        }
    }

    /// Where this view's page is written, relative to the site's root folder.
    pub fn output_path(&self) -> String {
        match self {
            View::Report => "index.html".to_owned(),
            View::NotFound => "404.html".to_owned(),
            View::Embed(id) => format!("embed/{id}/index.html"),
            View::Present => "present/index.html".to_owned(),
            View::Speaker => "present/speaker/index.html".to_owned(),
            View::Share => "share/index.html".to_owned(),
        }
    }

    /// The folder the page is written in, relative to the site's root: `""`, `present/`,
    /// `embed/area-1/`.
    pub fn folder(&self) -> String {
        let path = self.output_path();
        path.rfind('/').map_or_else(String::new, |at| path[..=at].to_owned())
    }

    /// How many folders below the site's root the page is (its relative links climb this many).
    pub fn depth(&self) -> usize {
        self.output_path().matches('/').count()
    }

    /// The wasm bundle the page loads (the 404 page loads none, and is built from the report's).
    pub fn bundle(&self) -> Bundle {
        match self {
            View::Report | View::NotFound => Bundle::Report,
            View::Embed(_) => Bundle::Embed,
            View::Present | View::Speaker => Bundle::Present,
            View::Share => Bundle::Share,
        }
    }

    /// Whether the page loads the wasm. The 404 page does not: it is served at unknown
    /// depths, where relative script URLs would not resolve.
    pub fn loads_app(&self) -> bool {
        !matches!(self, View::NotFound)
    }
}

/// A wasm bundle: one binary, one Trunk build, the pages that load it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Report,
    Embed,
    Present,
    Share,
}

impl Bundle {
    pub const ALL: [Bundle; 4] = [Bundle::Report, Bundle::Embed, Bundle::Present, Bundle::Share];

    /// Its name: the Trunk template is `<name>.html` (the report's is the repository's `index.html`).
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Report => "index",
            Bundle::Embed => "embed",
            Bundle::Present => "present",
            Bundle::Share => "share",
        }
    }

    /// The Cargo binary it is built from.
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Report => "yitu",
            Bundle::Embed => "yitu-embed",
            Bundle::Present => "yitu-present",
            Bundle::Share => "yitu-share",
        }
    }
}
