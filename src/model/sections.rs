//! The report's expandable sections in page order, and where each figure lives.

use crate::data::{Figure, Item, Report};
use std::rc::Rc;

/// An expandable section of the page: its id (the URL fragment) and its heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: Rc<str>,
    pub heading: Rc<str>,
}

/// The expandable sections in page order: the work areas, the tasks, the proposals report.
pub fn sections(report: &Report) -> Vec<Section> {
    let areas = report.review.areas.iter().map(|a| (&a.id, &a.heading));
    let tasks = std::iter::once((&report.tasks.id, &report.tasks.heading));
    let proposals = std::iter::once((&report.proposals.id, &report.proposals.heading));
    areas
        .chain(tasks)
        .chain(proposals)
        .map(|(id, heading)| Section {
            id: id.clone(),
            heading: heading.clone(),
        })
        .collect()
}

/// The element id (and fragment) of a section's `n`th item (from 1, in page order through the
/// section's groups; for the proposals report, its groups' items then its outlook's).
pub fn item_anchor(section_id: &str, n: usize) -> String {
    format!("{section_id}-item-{n}")
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
    for area in report.review.areas.iter() {
        for item in area.groups.iter().flat_map(|g| g.items.iter()) {
            push_figures(&mut out, &area.id, item);
        }
    }
    for item in report.tasks.items.iter() {
        push_figures(&mut out, &report.tasks.id, item);
    }
    let proposals = &report.proposals;
    let group_items = proposals.groups.iter().flat_map(|g| g.items.iter());
    let items = std::iter::once(&proposals.summary)
        .chain(group_items)
        .chain(proposals.outlook.items.iter());
    for item in items {
        push_figures(&mut out, &proposals.id, item);
    }
    out
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
    all_figures(report).into_iter().find(|r| r.figure.id.as_ref() == id)
}

/// The fragment (element id) that marks a figure inside its item: `fig-<id>`.
pub fn figure_anchor(figure_id: &str) -> String {
    format!("fig-{figure_id}")
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
    let mut lines: Vec<&str> = vec![&report.meta.banner, &report.meta.title];
    let review = &report.review;
    lines.extend([&*review.heading, &*review.intro, &*review.results_heading]);
    for area in review.areas.iter() {
        lines.push(&area.heading);
        push_groups(&mut lines, &area.groups);
    }
    let tasks = &report.tasks;
    lines.extend([&*tasks.heading, &*tasks.requirements_label, &*tasks.requirements]);
    lines.extend(tasks.items.iter().map(|i| &*i.text));
    let proposals = &report.proposals;
    lines.extend([
        &*proposals.heading,
        &*proposals.summary.text,
        &*proposals.measures_heading,
    ]);
    push_groups(&mut lines, &proposals.groups);
    lines.push(&proposals.outlook.heading);
    lines.extend(proposals.outlook.items.iter().map(|i| &*i.text));
    lines
}

fn push_groups<'a>(lines: &mut Vec<&'a str>, groups: &'a [crate::data::Group]) {
    for group in groups {
        lines.push(&group.heading);
        lines.extend(group.items.iter().map(|i| &*i.text));
    }
}

/// A section's numbered items in page order (the `n` of `item_anchor` counts through these): a
/// work area's groups; the tasks; the proposals report's groups then its outlook (its summary
/// stands apart and is not numbered).
pub fn section_items<'a>(report: &'a Report, section_id: &str) -> Vec<&'a Item> {
    if let Some(area) = report.review.areas.iter().find(|a| a.id.as_ref() == section_id) {
        return area.groups.iter().flat_map(|g| g.items.iter()).collect();
    }
    if report.tasks.id.as_ref() == section_id {
        return report.tasks.items.iter().collect();
    }
    let proposals = &report.proposals;
    if proposals.id.as_ref() != section_id {
        return Vec::new();
    }
    let groups = proposals.groups.iter().flat_map(|g| g.items.iter());
    groups.chain(proposals.outlook.items.iter()).collect()
}
