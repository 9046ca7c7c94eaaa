//! A section's marks, the same on every surface: its numbering as a badge and its icon (Tabler,
//! decorative), before its heading. View functions, used by the overview's tiles, the sections'
//! headings on the report page and on embed pages.

use crate::data::icons;
use crate::model::Tile;
use yew::prelude::*;

/// The icon as inline SVG, hidden from assistive technology (the heading beside it says it all).
/// Stroke and size come from the stylesheet (`.icon`).
pub fn section_icon(name: &str) -> Html {
    match icons::outline(name) {
        Some(outline) => html! {
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={outline} /></svg>
        },
        None => Html::default(),
    }
}

/// The numbering as a badge ("一"), its mark ("、") kept in the text but not shown, so the heading
/// reads and copies verbatim. Nothing for a heading without numbering.
pub fn section_badge(tile: &Tile) -> Html {
    match &tile.numeral {
        Some(numeral) => html! {
            <span class="badge">{ numeral.to_string() }<span class="badge-mark visually-hidden">{ tile.mark.to_string() }</span></span>
        },
        None => Html::default(),
    }
}

/// A section's heading (`h2`…`h4`) with its badge and icon, for its summary or its embed page.
pub fn section_heading(tile: &Tile, level: u8, id: Option<&'static str>) -> Html {
    html! {
        <@{format!("h{}", level.clamp(2, 4))} {id} class="section-heading">
            { section_badge(tile) }
            { section_icon(&tile.icon) }
            <span class="section-title">{ tile.title.to_string() }</span>
        </@>
    }
}
