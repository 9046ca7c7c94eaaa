//! 总览: one tile per section, in page order (the work areas, the year's tasks, the proposals
//! report), each with its numbering as a badge, its icon, its heading verbatim, and either the
//! figures the data file chose for it or, where it chose none, its sub-headings. Nothing invented.

use super::sections::FigureIndex;
use crate::data::{Figure, Report};
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

/// Which part of the report a section is: the work areas share a row of tiles, a band each in the
/// pictures and a divider slide each; the other parts follow them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A work area of the review (一 … 五).
    Area,
    /// The year's tasks.
    Tasks,
    /// The report on proposals.
    Proposals,
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
    pub section_id: Rc<str>,
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
    fn new(
        report: &Report,
        part: Part,
        id: &Rc<str>,
        heading: &Rc<str>,
        icon: &Rc<str>,
        highlights: &[Rc<str>],
    ) -> Self {
        let (numbering, title) = Numbering::split(heading);
        let figures: Vec<Figure> = FigureIndex::of(report)
            .locate_all(highlights)
            .iter()
            .map(|found| found.figure.clone())
            .collect();
        Tile {
            section_id: id.clone(),
            part,
            numbering,
            title: Rc::from(title),
            heading: heading.clone(),
            icon: icon.clone(),
            body: TileBody::Figures(figures),
        }
    }

    fn or_headings(mut self, headings: impl IntoIterator<Item = Rc<str>>) -> Self {
        if matches!(&self.body, TileBody::Figures(f) if f.is_empty()) {
            self.body = TileBody::Headings(headings.into_iter().collect());
        }
        self
    }
}

/// The tiles in page order: each work area, the year's tasks, the proposals report.
pub fn overview(report: &Report) -> Vec<Tile> {
    let areas = report.review.areas.iter().map(|area| {
        Tile::new(
            report,
            Part::Area,
            &area.id,
            &area.heading,
            &area.icon,
            &area.highlights,
        )
        .or_headings(area.groups.iter().map(|g| g.heading.clone()))
    });
    let tasks = &report.tasks;
    let tasks = Tile::new(
        report,
        Part::Tasks,
        &tasks.id,
        &tasks.heading,
        &tasks.icon,
        &tasks.highlights,
    )
    .or_headings(tasks.items.iter().map(|i| i.text.clone()));
    let proposals = report.proposals.iter().map(|p| {
        Tile::new(report, Part::Proposals, &p.id, &p.heading, &p.icon, &p.highlights)
            .or_headings(p.groups.iter().map(|g| g.heading.clone()))
    });
    areas.chain([tasks]).chain(proposals).collect()
}

/// The tile of one section, if the report has that section.
pub fn tile(report: &Report, section_id: &str) -> Option<Tile> {
    overview(report)
        .into_iter()
        .find(|t| t.section_id.as_ref() == section_id)
}

/// How many columns `n` blocks (tiles, figure cards) take when a row holds at most `most`: the
/// fewest rows, then the rows as even as they can be (six are 3 + 3, seven 4 + 3, not 5 + 1 or 5 + 2).
pub fn balanced_columns(n: usize, most: usize) -> usize {
    let most = most.max(1);
    let rows = n.div_ceil(most).max(1);
    n.div_ceil(rows).clamp(1, most)
}
