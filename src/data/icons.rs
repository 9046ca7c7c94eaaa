//! The section icons: Tabler Icons (MIT, <https://tabler.io/icons>), outline style, copied verbatim
//! from the npm package `@tabler/icons` into `assets/icons/` (licence in `assets/icons/LICENSE`).
//! `build.rs` turns each file into one SVG path; the host build has them all built in, the
//! browser's none: a page carries the outlines of the icons its report names (`PageData`), which
//! start-up provides here. Drawn on a 24×24 grid with a 2 px round stroke in the current colour.

use super::page_data::IconOutline;
use std::cell::RefCell;
use std::rc::Rc;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/icons.rs"));
}

pub use generated::NAMES;

/// An icon's outline built into this build (every icon on the host and with the `publish` feature,
/// none in the readers' bundles).
pub fn built_in(name: &str) -> Option<&'static str> {
    generated::OUTLINES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, outline)| *outline)
}

/// The grid the outlines are drawn on.
pub const ICON_GRID: u32 = 24;

thread_local! {
    static PROVIDED: RefCell<Rc<[IconOutline]>> = RefCell::new(Rc::from([]));
}

/// Makes the page's icons available to `outline` (see `PageData::install`).
pub fn provide(icons: Rc<[IconOutline]>) {
    PROVIDED.with(|provided| *provided.borrow_mut() = icons);
}

/// An icon's outline as one SVG path: from the page's data, else built in; `None` for an icon
/// neither has.
pub fn outline(name: &str) -> Option<Rc<str>> {
    let provided = PROVIDED.with(|provided| {
        provided
            .borrow()
            .iter()
            .find(|icon| &*icon.name == name)
            .map(|icon| icon.outline.clone())
    });
    provided.or_else(|| built_in(name).map(Rc::from))
}
