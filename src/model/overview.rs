//! 总览: one tile per section, in page order (the work areas, the year's tasks, the proposals
//! report), each with its numbering as a badge, its icon, its heading verbatim, and either the
//! figures the data file chose for it or, where it chose none, its sub-headings. Nothing invented.

use super::sections::{locate_figure, split_numbering};
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

/// One section as a tile (and as a band in the pictures, and a divider slide).
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// The section's id: the tile links to `#<id>`.
    pub section_id: Rc<str>,
    /// The numeral of a numbered heading (`一` of `一、…`), shown as a badge; `None` for a heading
    /// without one (the tasks, the proposals report).
    pub numeral: Option<Rc<str>>,
    /// The numbering's mark (`、`), kept so the tile's text is the heading verbatim.
    pub mark: Rc<str>,
    /// The heading after its numbering.
    pub title: Rc<str>,
    /// The whole heading, verbatim.
    pub heading: Rc<str>,
    /// A name from `data::icons::NAMES` (validated).
    pub icon: Rc<str>,
    pub body: TileBody,
}

impl Tile {
    fn new(report: &Report, id: &Rc<str>, heading: &Rc<str>, icon: &Rc<str>, highlights: &[Rc<str>]) -> Self {
        let (numbering, title) = split_numbering(heading);
        let mut numeral = numbering.chars();
        let mark = numeral.next_back().map(String::from).unwrap_or_default();
        let figures: Vec<Figure> = highlights
            .iter()
            .filter_map(|id| locate_figure(report, id))
            .map(|found| found.figure.clone())
            .collect();
        Tile {
            section_id: id.clone(),
            numeral: (!numbering.is_empty()).then(|| Rc::from(numeral.as_str())),
            mark: Rc::from(mark),
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
        Tile::new(report, &area.id, &area.heading, &area.icon, &area.highlights)
            .or_headings(area.groups.iter().map(|g| g.heading.clone()))
    });
    let tasks = &report.tasks;
    let tasks = Tile::new(report, &tasks.id, &tasks.heading, &tasks.icon, &tasks.highlights)
        .or_headings(tasks.items.iter().map(|i| i.text.clone()));
    let proposals = &report.proposals;
    let proposals = Tile::new(
        report,
        &proposals.id,
        &proposals.heading,
        &proposals.icon,
        &proposals.highlights,
    )
    .or_headings(proposals.groups.iter().map(|g| g.heading.clone()));
    areas.chain([tasks, proposals]).collect()
}

/// The tile of one section, if the report has that section.
pub fn tile(report: &Report, section_id: &str) -> Option<Tile> {
    overview(report)
        .into_iter()
        .find(|t| t.section_id.as_ref() == section_id)
}
