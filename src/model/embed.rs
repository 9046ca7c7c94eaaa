//! Embeds: which blocks of the report can be embedded (`./embed/<id>/`), the options an embed URL
//! may carry, and the sizing messages exchanged with the host page (Pym.js, Datawrapper,
//! Flourish-style, AMP). Pure and total: unknown input is ignored, never echoed as markup.

use super::charts::ChartView;
use super::sections::Section;
use super::target::chart_anchor;
use super::target::KEY_FIGURES_ID;
use crate::data::LoaderPin;
use std::rc::Rc;

/// What an embeddable block shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    KeyFigures,
    /// An expandable section, shown expanded.
    Section,
    /// A chart, by its id in the data.
    Chart,
}

/// A block that has its own embed page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedBlock {
    /// The page's id: `embed/<id>/`.
    pub id: Rc<str>,
    pub title: Rc<str>,
    pub kind: BlockKind,
    /// Where the block is in the full report (its fragment).
    pub anchor: String,
}

/// The key-figures strip's heading (the page's own label, shown above the report's figures).
pub const KEY_FIGURES_TITLE: &str = "关键数字";

/// Every embeddable block: the key figures, each section in page order, each chart in data order.
pub(super) fn build_blocks(sections: &[Section], charts: &[ChartView]) -> Vec<EmbedBlock> {
    let key_figures = EmbedBlock {
        id: Rc::from(KEY_FIGURES_ID),
        title: Rc::from(KEY_FIGURES_TITLE),
        kind: BlockKind::KeyFigures,
        anchor: KEY_FIGURES_ID.to_owned(),
    };
    let sections = sections.iter().map(|s| EmbedBlock {
        id: s.id.as_rc().clone(),
        title: s.heading.clone(),
        kind: BlockKind::Section,
        anchor: s.id.to_string(),
    });
    let charts = charts.iter().map(|v| EmbedBlock {
        id: v.id.as_rc().clone(),
        title: v.chart.title.clone(),
        kind: BlockKind::Chart,
        anchor: chart_anchor(&v.id),
    });
    std::iter::once(key_figures).chain(sections).chain(charts).collect()
}

/// What the app reads from an embed URL's query. `theme` is applied before the first paint by the
/// page's early script; Pym.js's `initialWidth`, `parentUrl` and `parentTitle` are accepted and not
/// needed (the page measures itself and shows nothing from the host); anything else is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedQuery {
    /// Pym.js's `childId`: only letters, digits, `-` and `_`, at most 64; otherwise none.
    pub child_id: Option<String>,
}

fn plain_id(value: &str) -> bool {
    (1..=64).contains(&value.len()) && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Parses a query string (with or without its `?`); the first of repeated keys wins.
pub fn parse_embed_query(query: &str) -> EmbedQuery {
    let mut out = EmbedQuery::default();
    for pair in query.strip_prefix('?').unwrap_or(query).split('&') {
        if let Some(("childId", value)) = pair.split_once('=') {
            out.child_id = plain_id(value).then(|| value.to_owned());
            break;
        }
    }
    out
}

/// Pym.js's field separator.
pub const PYM_DELIMITER: &str = "xPYMx";

/// A Pym.js message: `pym`, the child id, the type and the value, joined by `xPYMx`.
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    ["pym", child_id, kind, value].join(PYM_DELIMITER)
}

/// What the host page may tell an embed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParentMessage {
    /// Pym.js's `width`: the iframe's new width, in CSS pixels.
    Width(u32),
}

/// Parses a message from the host: only Pym.js's `width` for this child is understood.
pub fn parse_parent_message(data: &str, child_id: &str) -> Option<ParentMessage> {
    let mut parts = data.split(PYM_DELIMITER);
    let (pym, id, kind, value) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || pym != "pym" || id != child_id || kind != "width" {
        return None;
    }
    // Digits with an optional fraction, rounded; parsed by hand (no float parser in the wasm).
    let (whole, fraction) = value.trim().split_once('.').unwrap_or((value.trim(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 6 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let width: u32 = whole.parse().ok()?;
    let round_up = fraction.bytes().next().is_some_and(|b| b >= b'5');
    let width = width + u32::from(round_up);
    (width <= 100_000).then_some(ParentMessage::Width(width))
}

/// A message to the host: JSON to be sent as an object, or a string sent as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outgoing {
    Object(String),
    Text(String),
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The height in every format hosts listen for: Pym.js (when the host gave a `childId`),
/// Datawrapper (keyed by the embed's path), Flourish-style (`iframe.resize`, as a JSON string) and AMP.
pub fn height_messages(block_id: &str, child_id: Option<&str>, height: u32, src: &str) -> Vec<Outgoing> {
    let mut out = Vec::new();
    if let Some(child) = child_id {
        out.push(Outgoing::Text(pym_message(child, "height", &height.to_string())));
    }
    // Datawrapper's published listener sizes `iframe[src*=key]` without checking the sender, so
    // the key is the embed's path: `embed/proposals/` never matches `embed/proposals-count/`.
    out.push(Outgoing::Object(format!(
        "{{\"datawrapper-height\":{{{}:{height}}}}}",
        json_string(&format!("embed/{block_id}/"))
    )));
    out.push(Outgoing::Text(format!(
        "{OWN_HEIGHT_PREFIX}{height},\"src\":{}}}",
        json_string(src)
    )));
    out.push(Outgoing::Object(format!(
        "{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"
    )));
    out
}

/// How our own height message (Flourish-style, a JSON string) begins, up to its height.
const OWN_HEIGHT_PREFIX: &str = "{\"sender\":\"yitu\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":";

/// The height the embed page of `block_id` reports in `message` (the one it sends as text), if
/// it is that message from that block's page: what the embed code's preview measures the
/// fixed-height code by (a late message from the block shown before is not this block's).
pub fn own_height(message: &str, block_id: &str) -> Option<u32> {
    let rest = message.strip_prefix(OWN_HEIGHT_PREFIX)?;
    let digits = rest.find(|c: char| !c.is_ascii_digit()).filter(|&n| n > 0 && n <= 6)?;
    let page = rest[digits..].strip_prefix(",\"src\":\"")?.strip_suffix("\"}")?;
    let own = page.split(['?', '#']).next()?.ends_with(&format!("/embed/{block_id}/"));
    own.then(|| rest[..digits].parse().ok()).flatten()
}

impl BlockKind {
    /// A height that shows most of a block where the host cannot size the iframe (scripts
    /// stripped); the rest scrolls inside it.
    pub fn fallback_height(&self) -> u32 {
        match self {
            BlockKind::KeyFigures => 640,
            BlockKind::Section => 900,
            BlockKind::Chart => 560,
        }
    }
}

/// Copy-ready code for one block, for a page at `base` (the report's address, ending in `/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippets {
    /// The loader (its content-hashed file, pinned by its integrity) and a `<div>`: sized
    /// automatically, several per page.
    pub loader: String,
    /// A plain iframe at a fixed height, for hosts that strip scripts.
    pub iframe: String,
    /// For pages that already run Pym.js.
    pub pym: String,
}

/// The three snippets for `block`, the loader named as `loader` pins it, the plain iframe `height`
/// pixels tall (the block's height at a phone's width once measured, else its kind's fallback);
/// every value is escaped for the attribute or string it sits in.
pub fn embed_snippets(base: &str, block: &EmbedBlock, loader: &LoaderPin, height: u32) -> Snippets {
    let page = format!("{base}embed/{}/", block.id);
    let title = super::escape(&block.title);
    let id = super::escape(&block.id);
    Snippets {
                loader: format!(
            "<div data-yitu-embed=\"{id}\" data-yitu-title=\"{title}\"></div>\n<script async src=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            super::escape(&format!("{base}{}", loader.file)),
            super::escape(&loader.integrity)
        ),
        iframe: format!(
            "<iframe src=\"{}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0;display:block\" loading=\"lazy\"></iframe>",
            super::escape(&page)
        ),
        pym: format!(
            "<div id=\"yitu-{id}\"></div>\n<script>new pym.Parent({}, {}, {{ title: {} }});</script>",
            json_string(&format!("yitu-{}", block.id)).replace('<', "\\u003c"),
            json_string(&page).replace('<', "\\u003c"),
            json_string(&block.title).replace('<', "\\u003c")
        ),
    }
}
