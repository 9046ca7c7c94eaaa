//! Static report text as HTML, built once as a string: sub-headings, item lists, figures emphasised.
//! Yew adopts such markup as it hydrates instead of walking every element, which keeps start-up
//! short on slow phones. Every piece of text passes through `escape`; nothing from a URL or a message
//! ever reaches these functions.

use super::overview::{balanced_columns, Tile, TileBody};
use super::phrases::phrases;
use super::sections::Part;
use super::segments::{segments, Segment};
use super::share::share_path;
use super::target::{figure_anchor, item_anchor};
use crate::data::{icons, Figure, Group, Item};
use std::fmt::Write;

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One item's text, each figure emphasised and anchored as `#fig-<id>`.
pub fn item_markup(item: &Item) -> String {
    let mut out = String::new();
    for segment in segments(item) {
        match segment {
            Segment::Text(text) => out.push_str(&escape(text)),
            Segment::Figure(figure) => {
                let _ = write!(
                    out,
                    "<strong class=\"figure\" id=\"{}\"><span class=\"figure-number\">{}</span><span class=\"figure-unit\">{}</span></strong>",
                    escape(&figure_anchor(&figure.id)),
                    escape(&figure.number_text()),
                    escape(&figure.unit)
                );
            }
        }
    }
    out
}

/// Where a list's items are in their section, to give each an id (`<section>-item-<n>`, see
/// `sections::item_anchor`): the section and the number of the first item; with `share`, each item
/// that states a figure ends with a link to its share page (`share/#<anchor>`, the report page's).
#[derive(Debug, Clone, Copy)]
pub struct ItemIds<'a> {
    pub section_id: &'a str,
    pub first: usize,
    pub share: bool,
}

/// The share link ending an item with a figure, on the report page.
fn share_link(anchor: &str) -> String {
    format!(
        "<a class=\"share-item\" href=\"{}\" aria-label=\"分享这一条\">分享</a>",
        escape(&share_path(anchor))
    )
}

/// A list of items; `class` is an extra class on the list (a fixed name from the code, not data);
/// with `ids`, each item gets its anchor.
pub fn item_list_markup(items: &[Item], class: Option<&'static str>, ids: Option<ItemIds<'_>>) -> String {
    let mut out = String::from("<ul class=\"items");
    if let Some(class) = class {
        out.push(' ');
        out.push_str(&escape(class));
    }
    out.push_str("\">");
    for (n, item) in items.iter().enumerate() {
        let class = if item.figures.is_empty() {
            "item"
        } else {
            "item has-figures"
        };
        let anchor = ids.map(|ids| item_anchor(ids.section_id, ids.first + n));
        let id = anchor
            .as_ref()
            .map(|anchor| format!(" id=\"{}\"", escape(anchor)))
            .unwrap_or_default();
        let share = match (ids, &anchor) {
            (Some(ids), Some(anchor)) if ids.share && !item.figures.is_empty() => share_link(anchor),
            _ => String::new(),
        };
        let _ = write!(out, "<li{id} class=\"{class}\">{}{share}</li>", item_markup(item));
    }
    out.push_str("</ul>");
    out
}

/// Sub-headings (`<h{level}>`, level kept within 2–6) with their item lists, the items numbered
/// through the section from 1 (with share links when `share`, see [`ItemIds`]).
pub fn groups_markup(groups: &[Group], level: u8, section_id: &str, share: bool) -> String {
    let level = level.clamp(2, 6);
    let mut out = String::from("<div class=\"groups\">");
    let mut first = 1;
    for group in groups {
        let ids = ItemIds {
            section_id,
            first,
            share,
        };
        let _ = write!(
            out,
            "<section class=\"group\"><h{level} class=\"group-heading\">{}</h{level}>{}</section>",
            escape(&group.heading),
            item_list_markup(&group.items, None, Some(ids))
        );
        first += group.items.len();
    }
    out.push_str("</div>");
    out
}

/// A heading or label as markup that breaks a line only between its phrases (see `phrases`):
/// each phrase escaped, `<wbr>` between them. Its text is the text, verbatim.
pub fn phrased(text: &str) -> String {
    phrases(text)
        .iter()
        .map(|p| escape(p))
        .collect::<Vec<_>>()
        .join("<wbr>")
}

/// A label in a `<span>` of `class` (a fixed name from the code), broken between its phrases.
pub fn label_markup(class: &'static str, text: &str) -> String {
    format!("<span class=\"{}\">{}</span>", escape(class), phrased(text))
}

/// A section's icon as inline SVG, hidden from assistive technology (the heading beside it says it
/// all); its outline is one of `assets/icons/`, from the page's data or built in. Nothing for an icon neither has.
pub fn icon_markup(name: &str) -> String {
    icons::outline(name)
        .map(|outline| {
            format!(
                "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{}\"/></svg>",
                escape(&outline)
            )
        })
        .unwrap_or_default()
}

/// The numbering as a badge ("一"), its mark ("、") kept in the text but not shown, so the heading
/// reads and copies verbatim. Nothing for a heading without numbering.
pub fn badge_markup(tile: &Tile) -> String {
    tile.numbering
        .as_ref()
        .map(|numbering| {
            format!(
                "<span class=\"badge\">{}<span class=\"badge-mark visually-hidden\">{}</span></span>",
                escape(&numbering.numeral),
                escape(&numbering.mark)
            )
        })
        .unwrap_or_default()
}

/// A section's heading (`h2`…`h4`, with `id` if given) with its badge and icon, for its summary
/// or its embed page.
pub fn section_heading_markup(tile: &Tile, level: u8, id: Option<&str>) -> String {
    let level = level.clamp(2, 4);
    let id = id.map(|id| format!(" id=\"{}\"", escape(id))).unwrap_or_default();
    format!(
        "<h{level}{id} class=\"section-heading\">{}{}<span class=\"section-title\">{}</span></h{level}>",
        badge_markup(tile),
        icon_markup(&tile.icon),
        phrased(&tile.title)
    )
}

/// A figure's number as written (with 余), bold and large, its unit smaller beside it: the one way
/// every surface shows a figure. The number carries its width in ems (`--number-em`), so a card
/// can size it to fit its width on one line ("5600余" in a phone's half-width card).
pub fn figure_value_markup(figure: &Figure) -> String {
    let number = figure.number_text();
    let tenths = number_width_tenths(&number);
    format!(
        "<span class=\"key-figure-value\"><span class=\"key-figure-number\" style=\"--number-em:{}.{}\">{}</span><span class=\"key-figure-unit\">{}</span></span>",
        tenths / 10,
        tenths % 10,
        escape(&number),
        escape(&figure.unit)
    )
}

/// Figures as cards, each a list item: its number as written, its unit and its label, linking to
/// its item. `report_url` is empty on the report page (the link stays in the page); on an embed
/// page it is the full report's address, opened in a new tab.
pub fn figure_cards_markup<'a>(figures: impl IntoIterator<Item = &'a Figure>, report_url: &str) -> String {
    let target = if report_url.is_empty() {
        ""
    } else {
        " target=\"_blank\""
    };
    let mut out = String::new();
    for figure in figures {
        let _ = write!(
            out,
            "<li><a class=\"key-figure\" href=\"{}#{}\"{target}>{}{}</a></li>",
            escape(report_url),
            escape(&figure_anchor(&figure.id)),
            figure_value_markup(figure),
            label_markup("key-figure-label", &figure.label)
        );
    }
    out
}

/// Links to places in the page, each a list item (目录): `(fragment, text)`.
pub fn page_links_markup<'a>(links: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (fragment, text) in links {
        let _ = write!(out, "<li><a href=\"#{}\">{}</a></li>", escape(fragment), escape(text));
    }
    out
}

/// About how many tenths of an em a number as written takes in the page's bold sans-serif:
/// tabular digits 0.6 em, a point 0.3 em, a minus sign 0.4 em, 余, 约 and other CJK characters 1 em. (Integers: formatting
/// a float would bring float printing into the report's wasm.)
pub fn number_width_tenths(number: &str) -> u32 {
    number
        .chars()
        .map(|c| match c {
            '0'..='9' => 6,
            '.' => 3,
            '-' => 4,
            _ => 10,
        })
        .sum()
}

fn tile_markup(out: &mut String, tile: &Tile) {
    let kind = if tile.numbering.is_some() {
        "tile"
    } else {
        "tile tile-unnumbered"
    };
    let _ = write!(
        out,
                "<li class=\"{kind}\"><h3 class=\"tile-heading\"><a class=\"tile-link\" href=\"#{}\">{}<span class=\"tile-title\">{}</span></a></h3>{}",
        escape(&tile.section_id),
        badge_markup(tile),
        phrased(&tile.title),
        icon_markup(&tile.icon)
    );
    match &tile.body {
        TileBody::Figures(figures) => {
            out.push_str("<ul class=\"tile-figures\">");
            for figure in figures {
                let _ = write!(
                    out,
                    "<li class=\"tile-figure\">{}{}</li>",
                    figure_value_markup(figure),
                    label_markup("tile-label", &figure.label)
                );
            }
        }
        TileBody::Headings(headings) => {
            out.push_str("<ul class=\"tile-headings\">");
            for heading in headings {
                let _ = write!(out, "<li>{}</li>", phrased(heading));
            }
        }
    }
    out.push_str("</ul></li>");
}

/// The overview's tiles: the work areas in one list (up to five a row on wide screens, as even as
/// their number allows), the other parts in another (two a row).
pub fn tiles_markup(tiles: &[Tile]) -> String {
    let (areas, parts): (Vec<&Tile>, Vec<&Tile>) = tiles.iter().partition(|t| t.part == Part::Area);
    let mut out = String::from("<div class=\"overview-tiles\">");
    for (class, tiles, most) in [("tiles", areas, 5), ("tiles tiles-parts", parts, 2)] {
        let columns = balanced_columns(tiles.len(), most);
        let _ = write!(out, "<ul class=\"{class}\" style=\"--columns:{columns}\">");
        for tile in tiles {
            tile_markup(&mut out, tile);
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}
