//! Finding text anywhere in the report, collapsed sections and figures included: Chinese substring
//! matching (no word segmentation), each hit with its section, where to go, and its context.

use super::charts::{chart_anchor, chart_views};
use super::sections::{item_anchor, sections};
use crate::data::Report;
use std::rc::Rc;

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The section to open (`None` for text outside the expandable sections).
    pub section_id: Option<Rc<str>>,
    /// The section's heading, to say where the hit is.
    pub section_heading: Rc<str>,
    /// The element to scroll to (a URL fragment).
    pub anchor: String,
    /// The text around the match, and the match itself as written.
    pub before: String,
    pub matched: String,
    pub after: String,
}

/// At most this many hits are listed.
pub const MOST_HITS: usize = 50;
/// Characters of context on each side of a match.
const CONTEXT: usize = 16;

/// A searchable piece of text: where it lives and where to go.
struct Place<'a> {
    section_id: Option<Rc<str>>,
    heading: Rc<str>,
    anchor: String,
    text: &'a str,
}

fn place<'a>(section_id: Option<&Rc<str>>, heading: &Rc<str>, anchor: String, text: &'a str) -> Place<'a> {
    Place {
        section_id: section_id.cloned(),
        heading: heading.clone(),
        anchor,
        text,
    }
}

/// Every searchable text in page order, then the charts' titles.
fn places(report: &Report) -> Vec<Place<'_>> {
    let mut out = Vec::new();
    let meta = &report.meta;
    for text in [&meta.banner, &meta.title] {
        out.push(place(None, &meta.title, "main".to_owned(), text));
    }
    let review = &report.review;
    for text in [&review.heading, &review.intro, &review.results_heading] {
        out.push(place(None, &review.heading, review.id.to_string(), text));
    }
    let sections = sections(report);
    for section in &sections {
        for line in section.lines(report) {
            let anchor = match line.item {
                Some(n) => item_anchor(&section.id, n),
                None => section.id.to_string(),
            };
            out.push(place(Some(&section.id), &section.heading, anchor, line.text));
        }
    }
    for view in chart_views(report) {
        if let Some(section) = sections.iter().find(|s| s.id.as_ref() == view.section_id) {
            out.push(place(
                Some(&section.id),
                &section.heading,
                chart_anchor(&view.chart.id),
                &view.chart.title,
            ));
        }
    }
    out
}

/// Every place `query` occurs (trimmed; case-insensitive for Latin letters), in page order, at most
/// [`MOST_HITS`]; chart titles lead to their charts. An empty query finds nothing.
pub fn search(report: &Report, query: &str) -> Vec<SearchHit> {
    let query = query.trim();
    if query.is_empty() || query.chars().count() > 100 {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().map(|c| c.to_ascii_lowercase()).collect();
    let places = places(report);
    let mut hits = Vec::new();
    for place in places {
        let chars: Vec<char> = place.text.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| c.to_ascii_lowercase()).collect();
        let mut at = 0;
        while at + needle.len() <= lower.len() {
            if lower[at..at + needle.len()] == needle[..] {
                let end = at + needle.len();
                hits.push(SearchHit {
                    section_id: place.section_id.clone(),
                    section_heading: place.heading.clone(),
                    anchor: place.anchor.clone(),
                    before: chars[at.saturating_sub(CONTEXT)..at].iter().collect(),
                    matched: chars[at..end].iter().collect(),
                    after: chars[end..(end + CONTEXT).min(chars.len())].iter().collect(),
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
