//! Helpers shared by the host tests that read SVG drawings and rendered HTML.
#![allow(clippy::unwrap_used)]

/// The trimmed contents of every `<text>` element (plotters pads them with newlines).
#[allow(dead_code)] // not every test file uses every helper
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

/// The visible text of rendered HTML: tags and comments removed, entities decoded.
#[allow(dead_code)] // not every test file uses every helper
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Cards per row of cards in a picture's part: the rows (`<g>`s) that hold cards (their boxes), and how
/// many each.
#[allow(dead_code)] // not every test file uses every helper
pub fn cards_per_row(svg: &str) -> Vec<usize> {
    svg.split("<g transform=")
        .map(|row| row.matches("rx=\"10\" fill=").count())
        .filter(|&n| n > 0)
        .collect()
}
