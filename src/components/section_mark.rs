//! A section's marks, the same on every surface: its numbering as a badge and its icon (Tabler,
//! decorative), before its heading. Static markup from `model::markup`, adopted as it is on
//! hydration: used by the sections' headings on the report page and on embed pages (the deck's
//! divider slides take the same marks as markup, see `model::slide_markup`).

use super::raw_markup;
use crate::model::{section_heading_markup, Tile};
use yew::prelude::*;

fn markup(html: String) -> Html {
    raw_markup(html)
}

/// A section's heading (`h2`…`h4`) with its badge and icon, for its summary or its embed page.
pub fn section_heading(tile: &Tile, level: u8, id: Option<&'static str>) -> Html {
    markup(section_heading_markup(tile, level, id))
}
