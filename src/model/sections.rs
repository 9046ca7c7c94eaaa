//! The report's expandable sections in page order, and where each figure lives.

use crate::data::{Area, Figure, Item, Proposals, Report, Tasks};
use std::rc::Rc;

/// An expandable section of the page: its id (the URL fragment), its heading, and which part of
/// the report it is. Everything that walks a section (the page, its embed, search, the deck, the
/// pictures, validation) asks it for its items and numbering instead of matching ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: Rc<str>,
    pub heading: Rc<str>,
    pub part: SectionPart,
}

/// Which part of the report a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionPart {
    /// A work area, by its place in the review (0-based).
    Area(usize),
    Tasks,
    Proposals,
}

/// A section's content, borrowed from the report.
#[derive(Debug, Clone, Copy)]
pub enum SectionContent<'a> {
    Area(&'a Area),
    Tasks(&'a Tasks),
    Proposals(&'a Proposals),
}

impl Section {
    /// Its content in `report` (the report it was found in; `None` for another report).
    pub fn content<'a>(&self, report: &'a Report) -> Option<SectionContent<'a>> {
        match self.part {
            SectionPart::Area(n) => report.review.areas.get(n).map(SectionContent::Area),
            SectionPart::Tasks => Some(SectionContent::Tasks(&report.tasks)),
            SectionPart::Proposals => report.proposals.as_ref().map(SectionContent::Proposals),
        }
    }

    /// Its numbered items in page order (the `n` of `item_anchor` counts through these): a work
    /// area's groups; the tasks; the proposals report's groups then its outlook (its summary
    /// stands apart and is not numbered).
    pub fn items<'a>(&self, report: &'a Report) -> Vec<&'a Item> {
        match self.content(report) {
            Some(SectionContent::Area(area)) => area.groups.iter().flat_map(|g| g.items.iter()).collect(),
            Some(SectionContent::Tasks(tasks)) => tasks.items.iter().collect(),
            Some(SectionContent::Proposals(proposals)) => {
                let groups = proposals.groups.iter().flat_map(|g| g.items.iter());
                groups.chain(proposals.outlook.items.iter()).collect()
            }
            None => Vec::new(),
        }
    }

    /// Every item that may state figures, in the report's order: the proposals report's summary
    /// first, then the numbered items.
    pub fn stating_items<'a>(&self, report: &'a Report) -> Vec<&'a Item> {
        let summary = match self.content(report) {
            Some(SectionContent::Proposals(proposals)) => Some(&proposals.summary),
            _ => None,
        };
        summary.into_iter().chain(self.items(report)).collect()
    }

    /// The number its next-year outlook's first item carries (the proposals report numbers its
    /// groups' items, then its outlook's, in one run); for other sections, one past the last.
    pub fn outlook_first_number(&self, report: &Report) -> usize {
        match self.content(report) {
            Some(SectionContent::Proposals(p)) => 1 + p.groups.iter().map(|g| g.items.len()).sum::<usize>(),
            _ => 1 + self.items(report).len(),
        }
    }
}

/// A line of a section, in page order: its text, and for a numbered item its number (from 1, the
/// `n` of `item_anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionLine<'a> {
    pub text: &'a str,
    pub item: Option<usize>,
}

/// Collects a section's lines, numbering its items in one run.
#[derive(Default)]
struct LineWalk<'a> {
    lines: Vec<SectionLine<'a>>,
    numbered: usize,
}

impl<'a> LineWalk<'a> {
    fn plain(&mut self, text: &'a str) {
        self.lines.push(SectionLine { text, item: None });
    }

    fn items(&mut self, items: &'a [Item]) {
        for item in items {
            self.numbered += 1;
            self.lines.push(SectionLine {
                text: &item.text,
                item: Some(self.numbered),
            });
        }
    }

    fn groups(&mut self, groups: &'a [crate::data::Group]) {
        for group in groups {
            self.plain(&group.heading);
            self.items(&group.items);
        }
    }
}

impl Section {
    /// Every line of the section in page order (and the report's source order): its heading, its
    /// sub-headings and other lines, and its items with their numbers, counted as
    /// [`Section::items`] counts them.
    pub fn lines<'a>(&self, report: &'a Report) -> Vec<SectionLine<'a>> {
        let mut walk = LineWalk::default();
        match self.content(report) {
            Some(SectionContent::Area(area)) => {
                walk.plain(&area.heading);
                walk.groups(&area.groups);
            }
            Some(SectionContent::Tasks(tasks)) => {
                for text in [&tasks.heading, &tasks.requirements_label, &tasks.requirements] {
                    walk.plain(text);
                }
                walk.items(&tasks.items);
            }
            Some(SectionContent::Proposals(p)) => {
                for text in [&p.heading, &p.summary.text, &p.measures_heading] {
                    walk.plain(text);
                }
                walk.groups(&p.groups);
                walk.plain(&p.outlook.heading);
                walk.items(&p.outlook.items);
            }
            None => {}
        }
        walk.lines
    }
}

/// The expandable sections in page order: the work areas, the tasks, the proposals report.
pub fn sections(report: &Report) -> Vec<Section> {
    let areas = report
        .review
        .areas
        .iter()
        .enumerate()
        .map(|(n, a)| (&a.id, &a.heading, SectionPart::Area(n)));
    let tasks = std::iter::once((&report.tasks.id, &report.tasks.heading, SectionPart::Tasks));
    let proposals = report
        .proposals
        .iter()
        .map(|p| (&p.id, &p.heading, SectionPart::Proposals));
    areas
        .chain(tasks)
        .chain(proposals)
        .map(|(id, heading, part)| Section {
            id: id.clone(),
            heading: heading.clone(),
            part,
        })
        .collect()
}

/// The section with this id, if the report has one.
pub fn section(report: &Report, id: &str) -> Option<Section> {
    sections(report).into_iter().find(|s| s.id.as_ref() == id)
}

/// A figure together with the item that states it and the section that holds it.
#[derive(Debug, Clone, Copy)]
pub struct FigureRef<'a> {
    pub figure: &'a Figure,
    pub item: &'a Item,
    pub section_id: &'a str,
}

/// Every figure in the report, in page order.
pub fn all_figures(report: &Report) -> Vec<FigureRef<'_>> {
    let mut out = Vec::new();
    for section in sections(report) {
        let id = section_id_in(report, section.part);
        for item in section.stating_items(report) {
            push_figures(&mut out, id, item);
        }
    }
    out
}

/// A section's id borrowed from the report (for references that live as long as it).
fn section_id_in(report: &Report, part: SectionPart) -> &str {
    match part {
        SectionPart::Area(n) => report.review.areas.get(n).map_or("", |a| &a.id),
        SectionPart::Tasks => &report.tasks.id,
        SectionPart::Proposals => report.proposals.as_ref().map_or("", |p| &p.id),
    }
}

fn push_figures<'a>(out: &mut Vec<FigureRef<'a>>, section_id: &'a str, item: &'a Item) {
    out.extend(item.figures.iter().map(|figure| FigureRef {
        figure,
        item,
        section_id,
    }));
}

/// The figure with this id, if the report states it.
pub fn locate_figure<'a>(report: &'a Report, id: &str) -> Option<FigureRef<'a>> {
    FigureIndex::of(report).locate(id)
}

/// Every figure of the report, located once, to look up several by id (each `locate_figure` walks
/// every section again).
pub struct FigureIndex<'a>(Vec<FigureRef<'a>>);

impl<'a> FigureIndex<'a> {
    pub fn of(report: &'a Report) -> Self {
        FigureIndex(all_figures(report))
    }

    /// The figure with this id, if the report states it.
    pub fn locate(&self, id: &str) -> Option<FigureRef<'a>> {
        self.0.iter().find(|r| r.figure.id.as_ref() == id).copied()
    }

    /// The figures with these ids that the report states, in the ids' order.
    pub fn locate_all(&self, ids: &[Rc<str>]) -> Vec<FigureRef<'a>> {
        ids.iter().filter_map(|id| self.locate(id)).collect()
    }
}

/// Splits a numbered heading ("一、坚持……") into its numeral with the mark ("一、") and the rest.
pub fn split_numbering(heading: &str) -> (&str, &str) {
    match heading.char_indices().find(|&(_, c)| c == '、') {
        Some((at, c)) if at > 0 && at <= 9 => heading.split_at(at + c.len_utf8()),
        _ => ("", heading),
    }
}

/// Every line of the report as the data holds it, in source order (for the verbatim checks).
pub fn source_lines(report: &Report) -> Vec<&str> {
    let (meta, review) = (&report.meta, &report.review);
    let mut lines: Vec<&str> = vec![
        &meta.banner,
        &meta.title,
        &review.heading,
        &review.intro,
        &review.results_heading,
    ];
    for section in sections(report) {
        lines.extend(section.lines(report).iter().map(|line| line.text));
    }
    lines
}

/// A section's numbered items in page order (see [`Section::items`]); none for an unknown id.
pub fn section_items<'a>(report: &'a Report, section_id: &str) -> Vec<&'a Item> {
    section(report, section_id).map(|s| s.items(report)).unwrap_or_default()
}
