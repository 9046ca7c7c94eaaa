//! Splitting an item's text into plain runs and the figures it states, for emphasis.

use crate::data::{Figure, Item};

/// A run of an item's text: plain words, or a figure's phrase ("32次").
#[derive(Debug, Clone, PartialEq)]
pub enum Segment<'a> {
    Text(&'a str),
    Figure(&'a Figure),
}

/// The item's text in order, each figure's phrase cut out as its own segment.
/// Joining the segments (figures by their phrase) gives back the text exactly.
pub fn segments(item: &Item) -> Vec<Segment<'_>> {
    let text: &str = &item.text;
    let mut located: Vec<(usize, &Figure)> = item
        .figures
        .iter()
        .filter_map(|figure| figure.locate_in(text).map(|at| (at, figure)))
        .collect();
    sort_by_place(&mut located);
    let mut out = Vec::new();
    let mut cursor = 0;
    for (at, figure) in located {
        if at < cursor {
            continue; // overlapping phrases: keep the first, the text stays intact
        }
        if at > cursor {
            out.push(Segment::Text(&text[cursor..at]));
        }
        out.push(Segment::Figure(figure));
        cursor = at + figure.phrase().len();
    }
    if cursor < text.len() {
        out.push(Segment::Text(&text[cursor..]));
    }
    out
}

/// The figures in the order they stand in the text; of two at one place, the item's order. An
/// insertion sort: an item states a handful of figures, and the standard library's stable sort
/// would cost the report's wasm some 3 KB of code for it.
fn sort_by_place(located: &mut [(usize, &Figure)]) {
    for i in 1..located.len() {
        let mut j = i;
        while j > 0 && located[j - 1].0 > located[j].0 {
            located.swap(j - 1, j);
            j -= 1;
        }
    }
}
