//! One visual system: the colours and the font stack the build draws pictures and chart files with
//! (`charts::Palette::default()`, `charts::FONT_STACK`) are the page's own tokens in
//! `assets/styles/app.css` and `charts.css`, so a reader who sees the 长图 and then opens the page
//! sees one publication.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use yitu::charts::{Palette, FONT_STACK, PALETTE_TOKENS};

const APP_CSS: &str = include_str!("../assets/styles/app.css");
const CHARTS_CSS: &str = include_str!("../assets/styles/charts.css");

/// The custom properties declared in the first `:root {…}` block of `css`.
fn root_tokens(css: &str) -> BTreeMap<String, String> {
    let start = css.find(":root {").unwrap();
    let block = &css[start + 7..start + css[start..].find('}').unwrap()];
    block
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim();
            name.starts_with("--")
                .then(|| (name.to_owned(), value.split_whitespace().collect::<Vec<_>>().join(" ")))
        })
        .collect()
}

#[test]
fn the_pictures_palette_is_the_pages_light_theme() {
    let mut tokens = root_tokens(APP_CSS);
    tokens.extend(root_tokens(CHARTS_CSS));
    let resolve = |value: &str| -> String {
        match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
            Some(name) => tokens[name].clone(),
            None => value.to_owned(),
        }
    };
    let palette = Palette::default();
    for (token, value) in PALETTE_TOKENS.iter().zip(palette.values()) {
        let declared = tokens
            .get(*token)
            .unwrap_or_else(|| panic!("{token} is not declared in :root"));
        assert_eq!(resolve(declared), value, "{token}");
    }
}

#[test]
fn drawings_use_the_pages_font_stack() {
    let font = &root_tokens(APP_CSS)["--font"];
    assert_eq!(font.replace('"', "'"), FONT_STACK);
}
