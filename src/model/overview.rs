//! 总览: one tile per section, in page order (the work areas, the year's tasks, the proposals
//! report), each with its numbering as a badge, its icon, its heading verbatim, and either the
//! figures the data file chose for it or, where it chose none, its sub-headings. Nothing invented.

use super::ids::SectionId;
use super::sections::{FigurePlace, Part, Section};
use crate::data::Figure;
use std::rc::Rc;

/// The overview's UI label (the section's heading and the fragment `#overview`).
pub const OVERVIEW_TITLE: &str = "总览";
pub const OVERVIEW_ID: &str = "overview";

/// What a tile shows under its heading.
#[derive(Debug, Clone, PartialEq)]
pub enum TileBody {
    /// The figures the data file chose (`highlights`), in its order.
    Figures(Vec<Figure>),
    /// The section's sub-headings (a work area's or the proposals report's measures) or, for the
    /// tasks, the tasks themselves: the section's own words where it states no chosen figure.
    Headings(Vec<Rc<str>>),
}

/// A heading's numbering ("一、"): the numeral shown as a badge and its mark, kept in the text (not
/// shown) so the heading reads and copies verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbering {
    pub numeral: Rc<str>,
    pub mark: Rc<str>,
}

impl Numbering {
    /// The numbering a heading opens with, and the rest: a Chinese or Arabic numeral followed by
    /// 、 ("一、", "12、"); none for anything else ("党建、…" is words, not a number).
    pub fn split(heading: &str) -> (Option<Numbering>, &str) {
        let Some((numeral, rest)) = heading.split_once('、') else {
            return (None, heading);
        };
        let is_numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百零〇".contains(c);
        if numeral.is_empty() || numeral.chars().count() > 3 || !numeral.chars().all(is_numeral) {
            return (None, heading);
        }
        let numbering = Numbering {
            numeral: Rc::from(numeral),
            mark: Rc::from("、"),
        };
        (Some(numbering), rest)
    }
}

/// One section as a tile (and as a band in the pictures, and a divider slide).
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// The section's id: the tile links to `#<id>`.
    pub section_id: SectionId,
    pub part: Part,
    /// The heading's numbering, when it has one.
    pub numbering: Option<Numbering>,
    /// The heading after its numbering (the whole heading when it has none).
    pub title: Rc<str>,
    /// The whole heading, verbatim.
    pub heading: Rc<str>,
    /// A name from `data::icons::NAMES` (validated).
    pub icon: Rc<str>,
    pub body: TileBody,
}

impl Tile {
    /// The tile of `section`: the figures its data chose (`locate` finds them), else its
    /// sub-headings (the tasks: the tasks themselves).
    fn of<'a>(section: &Section, locate: &impl Fn(&[Rc<str>]) -> Vec<&'a FigurePlace>) -> Tile {
        let (numbering, title) = Numbering::split(&section.heading);
        let figures: Vec<Figure> = locate(section.highlights())
            .iter()
            .map(|found| found.figure.clone())
            .collect();
        Tile {
            section_id: section.id.clone(),
            part: section.part(),
            numbering,
            title: Rc::from(title),
            heading: section.heading.clone(),
            icon: section.icon().clone(),
            body: if figures.is_empty() {
                TileBody::Headings(section.outline())
            } else {
                TileBody::Figures(figures)
            },
        }
    }
}

/// The tiles in page order: each work area, the year's tasks, the proposals report.
pub(super) fn build_tiles<'a>(sections: &[Section], locate: impl Fn(&[Rc<str>]) -> Vec<&'a FigurePlace>) -> Vec<Tile> {
    sections.iter().map(|section| Tile::of(section, &locate)).collect()
}

/// How many columns `n` blocks (tiles, figure cards) take when a row holds at most `most`: the
/// fewest rows, then the rows as even as they can be (six are 3 + 3, seven 4 + 3, not 5 + 1 or 5 + 2).
pub fn balanced_columns(n: usize, most: usize) -> usize {
    let most = most.max(1);
    let rows = n.div_ceil(most).max(1);
    n.div_ceil(rows).clamp(1, most)
}
