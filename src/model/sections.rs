//! The report's expandable sections in page order, and where each figure lives: built once by the
//! [`Model`](super::Model). What every section has (its id, heading, icon, chosen figures, outline,
//! numbered items, lines) is read from the section shapes (areas, tasks, proposals) here only;
//! the views match the shapes only to lay out what differs (the tasks' requirements, the proposals
//! report's summary and outlook).

use super::ids::{FigureId, SectionId};
use crate::data::{Area, Figure, Item, Proposals, Report, Tasks};
use std::rc::Rc;

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

/// A section's content, as the report holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum SectionContent {
    Area(Area),
    Tasks(Tasks),
    Proposals(Proposals),
}

/// An expandable section of the page: its id (the URL fragment), its heading, its content, and its
/// numbered items, counted once.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub heading: Rc<str>,
    pub content: SectionContent,
    items: Rc<[Item]>,
}

impl Section {
    fn new(content: SectionContent) -> Section {
        let (id, heading, items): (&Rc<str>, &Rc<str>, Vec<Item>) = match &content {
            SectionContent::Area(area) => (&area.id, &area.heading, group_items(&area.groups).collect()),
            SectionContent::Tasks(tasks) => (&tasks.id, &tasks.heading, tasks.items.to_vec()),
            SectionContent::Proposals(p) => {
                let outlook = p.outlook.items.iter().cloned();
                (&p.id, &p.heading, group_items(&p.groups).chain(outlook).collect())
            }
        };
        Section {
            id: SectionId::of(id),
            heading: heading.clone(),
            items: Rc::from(items),
            content,
        }
    }

    /// Which part of the report it is.
    pub fn part(&self) -> Part {
        match self.content {
            SectionContent::Area(_) => Part::Area,
            SectionContent::Tasks(_) => Part::Tasks,
            SectionContent::Proposals(_) => Part::Proposals,
        }
    }

    /// Its icon (a name from `data::icons::NAMES`, validated).
    pub fn icon(&self) -> &Rc<str> {
        match &self.content {
            SectionContent::Area(a) => &a.icon,
            SectionContent::Tasks(t) => &t.icon,
            SectionContent::Proposals(p) => &p.icon,
        }
    }

    /// The figures its data file chose for its tile (`highlights`), by id.
    pub fn highlights(&self) -> &[Rc<str>] {
        match &self.content {
            SectionContent::Area(a) => &a.highlights,
            SectionContent::Tasks(t) => &t.highlights,
            SectionContent::Proposals(p) => &p.highlights,
        }
    }

    /// Its own words that stand for it where no figure is chosen: a work area's or the proposals
    /// report's sub-headings, the tasks themselves.
    pub fn outline(&self) -> Vec<Rc<str>> {
        match &self.content {
            SectionContent::Area(a) => a.groups.iter().map(|g| g.heading.clone()).collect(),
            SectionContent::Tasks(t) => t.items.iter().map(|i| i.text.clone()).collect(),
            SectionContent::Proposals(p) => p.groups.iter().map(|g| g.heading.clone()).collect(),
        }
    }

    /// Its numbered items in page order (the `n` of an [`ItemId`](super::ItemId) counts through
    /// these): a work area's groups; the tasks; the proposals report's groups then its outlook
    /// (its summary stands apart and is not numbered).
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Its `n`th numbered item (from 1).
    pub fn item(&self, n: usize) -> Option<&Item> {
        self.items.get(n.checked_sub(1)?)
    }

    /// Every item that may state figures, in the report's order: the proposals report's summary
    /// first, then the numbered items.
    pub fn stating_items(&self) -> Vec<&Item> {
        let summary = match &self.content {
            SectionContent::Proposals(p) => Some(&p.summary),
            _ => None,
        };
        summary.into_iter().chain(self.items.iter()).collect()
    }

    /// The number its next-year outlook's first item carries (the proposals report numbers its
    /// groups' items, then its outlook's, in one run); for other sections, one past the last.
    pub fn outlook_first_number(&self) -> usize {
        match &self.content {
            SectionContent::Proposals(p) => 1 + p.groups.iter().map(|g| g.items.len()).sum::<usize>(),
            _ => 1 + self.items.len(),
        }
    }

    /// Every line of the section in page order (and the report's source order): its heading, its
    /// sub-headings and other lines, and its items with their numbers, counted as
    /// [`Section::items`] counts them.
    pub fn lines(&self) -> Vec<SectionLine<'_>> {
        let mut walk = LineWalk::default();
        match &self.content {
            SectionContent::Area(area) => {
                walk.plain(&area.heading);
                walk.groups(&area.groups);
            }
            SectionContent::Tasks(tasks) => {
                for text in [&tasks.heading, &tasks.requirements_label, &tasks.requirements] {
                    walk.plain(text);
                }
                walk.items(&tasks.items);
            }
            SectionContent::Proposals(p) => {
                for text in [&p.heading, &p.summary.text, &p.measures_heading] {
                    walk.plain(text);
                }
                walk.groups(&p.groups);
                walk.plain(&p.outlook.heading);
                walk.items(&p.outlook.items);
            }
        }
        walk.lines
    }
}

fn group_items(groups: &[crate::data::Group]) -> impl Iterator<Item = Item> + '_ {
    groups.iter().flat_map(|g| g.items.iter().cloned())
}

/// A line of a section, in page order: its text, and for a numbered item its number (from 1, the
/// `n` of an item's id).
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

/// The expandable sections in page order: the work areas, the tasks, the proposals report.
pub(super) fn build_sections(report: &Report) -> Vec<Section> {
    let areas = report.review.areas.iter().cloned().map(SectionContent::Area);
    let tasks = std::iter::once(SectionContent::Tasks(report.tasks.clone()));
    let proposals = report.proposals.iter().cloned().map(SectionContent::Proposals);
    areas.chain(tasks).chain(proposals).map(Section::new).collect()
}

/// A figure together with the item that states it and the section that holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigurePlace {
    pub id: FigureId,
    pub figure: Figure,
    pub item: Item,
    pub section: SectionId,
}

/// Every figure in the report, in page order.
pub(super) fn build_figures(sections: &[Section]) -> Vec<FigurePlace> {
    let mut out = Vec::new();
    for section in sections {
        for item in section.stating_items() {
            out.extend(item.figures.iter().map(|figure| FigurePlace {
                id: FigureId::of(&figure.id),
                figure: figure.clone(),
                item: item.clone(),
                section: section.id.clone(),
            }));
        }
    }
    out
}

/// Splits a numbered heading ("一、坚持……") into its numeral with the mark ("一、") and the rest.
pub fn split_numbering(heading: &str) -> (&str, &str) {
    match heading.char_indices().find(|&(_, c)| c == '、') {
        Some((at, c)) if at > 0 && at <= 9 => heading.split_at(at + c.len_utf8()),
        _ => ("", heading),
    }
}

/// Every line of the report as the data holds it, in source order (for the verbatim checks).
pub(super) fn source_lines<'a>(report: &'a Report, sections: &'a [Section]) -> Vec<&'a str> {
    let (meta, review) = (&report.meta, &report.review);
    let mut lines: Vec<&str> = vec![
        &meta.banner,
        &meta.title,
        &review.heading,
        &review.intro,
        &review.results_heading,
    ];
    for section in sections {
        lines.extend(section.lines().iter().map(|line| line.text));
    }
    lines
}
