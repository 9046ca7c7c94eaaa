//! Helpers shared by the host tests that read SVG drawings.
#![allow(clippy::unwrap_used)]

/// The trimmed contents of every `<text>` element (plotters pads them with newlines).
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]
                .trim()
                .to_owned()
        })
        .collect()
}
