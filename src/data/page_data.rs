//! What a page carries besides its HTML: the report, the outlines of the icons it names and the
//! names the embed loader is published under, in one data block
//! (`<script type="application/json" id="yitu-data">`, in the compact form of `data::compact`)
//! that `cargo xtask dist` writes into every page that runs the app. The wasm reads it at start-up,
//! so one build serves any report file: nothing of the report is compiled in.

use super::compact::{self, CompactError};
use super::schema::Report;
use std::rc::Rc;

/// The `id` of the page's data block.
pub const DATA_ELEMENT_ID: &str = "yitu-data";

/// A page's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageData {
    pub report: Report,
    /// The outlines of the icons the report names (the browser's build has none built in).
    pub icons: Rc<[IconOutline]>,
    /// Where the embed loader for this report is published, for the share page's embed snippet.
    pub loader: LoaderPin,
}

/// A Tabler icon's outline, by name (see `data::icons`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconOutline {
    pub name: Rc<str>,
    pub outline: Rc<str>,
}

/// The embed loader's content-hashed file name and its Subresource Integrity value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoaderPin {
    pub file: Rc<str>,
    pub integrity: Rc<str>,
}

impl PageData {
    /// The data block's text: safe inside `<script type="application/json">` (no `<`).
    pub fn encode(&self) -> String {
        compact::to_string(self)
    }

    /// A page's data from its data block's text.
    pub fn decode(text: &str) -> Result<PageData, CompactError> {
        compact::from_str(text)
    }

    /// Makes the icons and the loader's names available to the views (`icons::outline`,
    /// `loader_pin`), for the rest of the page's life, and returns the report.
    pub fn install(self) -> Report {
        super::icons::provide(self.icons);
        LOADER.with(|pin| *pin.borrow_mut() = self.loader);
        self.report
    }

    /// A page's data for `report` (validated), as `dist` writes it: the icons it names from the
    /// built-in set, and the loader with the report's public address written in.
    #[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
    pub fn for_report(report: Report) -> PageData {
        let script = super::loader::loader(super::loader::TEMPLATE, report.site.public_url.as_deref());
        let loader = LoaderPin {
            file: super::loader::file_name(script.as_bytes()).into(),
            integrity: super::loader::integrity(script.as_bytes()).into(),
        };
        let icons = report_icons(&report)
            .filter_map(|name| {
                Some(IconOutline {
                    name: name.clone(),
                    outline: super::icons::built_in(name)?.into(),
                })
            })
            .collect();
        PageData { report, icons, loader }
    }
}

/// The icons a report names, each once, in page order.
pub fn report_icons(report: &Report) -> impl Iterator<Item = &Rc<str>> {
    let mut seen: Vec<&Rc<str>> = Vec::new();
    report
        .review
        .areas
        .iter()
        .map(|area| &area.icon)
        .chain([&report.tasks.icon])
        .chain(report.proposals.iter().map(|p| &p.icon))
        .filter(move |name| {
            let new = !seen.contains(name);
            if new {
                seen.push(name);
            }
            new
        })
}

thread_local! {
    static LOADER: std::cell::RefCell<LoaderPin> = std::cell::RefCell::default();
}

/// The embed loader's names from the page's data (empty before `PageData::install`).
pub fn loader_pin() -> LoaderPin {
    LOADER.with(|pin| pin.borrow().clone())
}
