//! Finding text anywhere in the report, collapsed sections and figures included: Chinese substring
//! matching (no word segmentation), each hit with its section, where to go, and its context.

use super::ids::SectionId;
use super::report_model::Model;
use super::target::chart_anchor;
use super::target::item_anchor;
use std::rc::Rc;

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The section to open (`None` for text outside the expandable sections).
    pub section_id: Option<SectionId>,
    /// The section's heading, to say where the hit is.
    pub section_heading: Rc<str>,
    /// The element to scroll to (a URL fragment).
    pub anchor: String,
    /// The text around the match, and the match itself as written. The context starts and ends at
    /// a pause (after punctuation) or else between two characters that are not both part of a
    /// number, so it never shows part of a number as if it were one.
    pub before: String,
    pub matched: String,
    pub after: String,
    /// Whether the line goes on before `before` and after `after` (shown as …).
    pub cut_before: bool,
    pub cut_after: bool,
}

/// At most this many hits are listed.
pub const MOST_HITS: usize = 50;
/// Characters of context on each side of a match.
const CONTEXT: usize = 16;

/// A searchable piece of text: where it lives and where to go.
struct Place<'a> {
    section_id: Option<SectionId>,
    heading: Rc<str>,
    anchor: String,
    text: &'a str,
}

fn place<'a>(section_id: Option<&SectionId>, heading: &Rc<str>, anchor: String, text: &'a str) -> Place<'a> {
    Place {
        section_id: section_id.cloned(),
        heading: heading.clone(),
        anchor,
        text,
    }
}

/// Every searchable text in page order, then the charts' titles.
fn places(model: &Model) -> Vec<Place<'_>> {
    let report = model.report();
    let mut out = Vec::new();
    let meta = &report.meta;
    for text in [&meta.banner, &meta.title] {
        out.push(place(None, &meta.title, "main".to_owned(), text));
    }
    let review = &report.review;
    for text in [&review.heading, &review.intro, &review.results_heading] {
        out.push(place(None, &review.heading, review.id.to_string(), text));
    }
    for section in model.sections() {
        for line in section.lines() {
            let anchor = match line.item {
                Some(n) => item_anchor(&section.id, n),
                None => section.id.to_string(),
            };
            out.push(place(Some(&section.id), &section.heading, anchor, line.text));
        }
    }
    for view in model.charts() {
        if let Some(section) = model.section(&view.section) {
            out.push(place(
                Some(&section.id),
                &section.heading,
                chart_anchor(&view.id),
                &view.chart.title,
            ));
        }
    }
    out
}

/// Every place `query` occurs (trimmed; case-insensitive for Latin letters), in page order, at most
/// [`MOST_HITS`]; chart titles lead to their charts. An empty query finds nothing.
pub fn search(model: &Model, query: &str) -> Vec<SearchHit> {
    let query = query.trim();
    if query.is_empty() || query.chars().count() > 100 {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().map(|c| c.to_ascii_lowercase()).collect();
    let places = places(model);
    let mut hits = Vec::new();
    for place in places {
        let chars: Vec<char> = place.text.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
        let mut at = 0;
        while at + needle.len() <= lower.len() {
            if lower[at..at + needle.len()] == needle[..] {
                let end = at + needle.len();
                let (start, stop) = snippet_bounds(&chars, at, end);
                hits.push(SearchHit {
                    section_id: place.section_id.clone(),
                    section_heading: place.heading.clone(),
                    anchor: place.anchor.clone(),
                    before: chars[start..at].iter().collect(),
                    matched: chars[at..end].iter().collect(),
                    after: chars[end..stop].iter().collect(),
                    cut_before: start > 0,
                    cut_after: stop < chars.len(),
                });
                if hits.len() == MOST_HITS {
                    return hits;
                }
                at = end;
            } else {
                at += 1;
            }
        }
    }
    hits
}

/// Whether `c` is part of a number as the report writes one: a digit (also full-width), a decimal
/// point or thousands comma, a percent sign, or 百, 千, 万, 亿, 余 and 多 after it ("30万", "100余",
/// "1300多万").
fn in_number(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '.' | '．' | ',' | '%' | '％' | '‰' | '百' | '千' | '万' | '亿' | '余' | '多'
        )
}

/// A pause in a sentence: the context may start after one (not an ASCII comma, which may stand
/// inside a number).
fn is_pause(c: char) -> bool {
    c.is_whitespace() || "，。；：、！？（）《》“”‘’「」;:!?()".contains(c)
}

/// Whether a cut between `chars[at - 1]` and `chars[at]` would split a number.
fn splits_number(chars: &[char], at: usize) -> bool {
    at > 0 && at < chars.len() && in_number(chars[at - 1]) && in_number(chars[at])
}

/// Where the context of the match `chars[at..end]` starts and stops: about [`CONTEXT`] characters
/// each side, at a pause in the outer half of that (so at least half of it is shown), else at the
/// nearest point that splits no number; a match that starts or ends inside a number gets that
/// whole number as context. Always `start <= at` and `end <= stop <= chars.len()`.
pub fn snippet_bounds(chars: &[char], at: usize, end: usize) -> (usize, usize) {
    let (at, end) = (at.min(chars.len()), end.min(chars.len()));
    let start = if at <= CONTEXT {
        0
    } else {
        let from = at - CONTEXT;
        match (from..=at - CONTEXT / 2).find(|&p| is_pause(chars[p - 1])) {
            Some(p) => p,
            None => {
                let mut p = from;
                while p < at && splits_number(chars, p) {
                    p += 1;
                }
                while splits_number(chars, p) {
                    p -= 1;
                }
                p
            }
        }
    };
    let stop = if end + CONTEXT >= chars.len() {
        chars.len()
    } else {
        let to = end + CONTEXT;
        match (end + CONTEXT / 2..=to).rev().find(|&p| is_pause(chars[p - 1])) {
            Some(p) => p,
            None => {
                let mut p = to;
                while p > end && splits_number(chars, p) {
                    p -= 1;
                }
                while splits_number(chars, p) {
                    p += 1;
                }
                p
            }
        }
    };
    (start, stop.max(end))
}
