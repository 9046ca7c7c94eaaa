//! What goes into the pictures for WeChat: the classic 一图读懂 long image (title, key figures, the
//! five work areas with their figures and charts, the 2024 tasks, the proposals figures) and each
//! section's own picture (every line of it and its charts). Only the report's words and numbers.

use super::image_layout::{Composer, ImagePart, ImageStyle, Tone};
use super::{ChartError, ChartSpec};
use crate::data::{Group, Item, Report};
use crate::model::{charts_in_section, locate_figure};

fn sources(report: &Report) -> String {
    format!("资料来源：{}", report.meta.sources.join("、"))
}

fn title(c: &mut Composer, report: &Report) {
    c.text(&report.meta.banner, Tone::Banner, 4);
    c.text(&report.meta.title, Tone::Title, 16);
}

fn charts(c: &mut Composer, report: &Report, section_id: &str) -> Result<(), ChartError> {
    for view in charts_in_section(report, section_id) {
        c.text(&view.chart.title, Tone::SubHeading, 4);
        c.chart(&ChartSpec::from_view(&view), 16)?;
    }
    Ok(())
}

fn items<'a>(c: &mut Composer, items: impl IntoIterator<Item = &'a Item>) {
    for item in items {
        c.text(&item.text, Tone::Body, 8);
    }
}

fn figure_items<'a>(c: &mut Composer, all: impl IntoIterator<Item = &'a Item>) {
    items(c, all.into_iter().filter(|i| !i.figures.is_empty()));
}

fn groups(c: &mut Composer, groups: &[Group]) {
    for group in groups {
        c.text(&group.heading, Tone::SubHeading, 6);
        items(c, group.items.iter());
    }
}

/// The long image of the whole report, in parts.
pub fn long_image(report: &Report, style: &ImageStyle) -> Result<Vec<ImagePart>, ChartError> {
    let mut c = Composer::new(style);
    title(&mut c, report);
    let key: Vec<_> = report
        .meta
        .key_figures
        .iter()
        .filter_map(|id| locate_figure(report, id))
        .map(|f| (f.figure.phrase(), f.figure.label.to_string()))
        .collect();
    c.figures(&key);
    c.text(&report.review.heading, Tone::Heading, 8);
    for area in report.review.areas.iter() {
        c.text(&area.heading, Tone::Heading, 8);
        figure_items(&mut c, area.groups.iter().flat_map(|g| g.items.iter()));
        charts(&mut c, report, &area.id)?;
    }
    let tasks = &report.tasks;
    c.text(&tasks.heading, Tone::Heading, 8);
    items(&mut c, tasks.items.iter());
    let proposals = &report.proposals;
    c.text(&proposals.heading, Tone::Heading, 8);
    let group_items = proposals.groups.iter().flat_map(|g| g.items.iter());
    let outlook = proposals.outlook.items.iter();
    figure_items(
        &mut c,
        std::iter::once(&proposals.summary).chain(group_items).chain(outlook),
    );
    charts(&mut c, report, &proposals.id)?;
    c.text(&sources(report), Tone::Small, 0);
    Ok(c.parts())
}

/// One section's picture: its heading, every line, its charts; `None` for an unknown section.
pub fn section_image(
    report: &Report,
    section_id: &str,
    style: &ImageStyle,
) -> Option<Result<Vec<ImagePart>, ChartError>> {
    let mut c = Composer::new(style);
    c.text(&report.meta.title, Tone::Banner, 8);
    if let Some(area) = report.review.areas.iter().find(|a| a.id.as_ref() == section_id) {
        c.text(&area.heading, Tone::Heading, 8);
        groups(&mut c, &area.groups);
    } else if report.tasks.id.as_ref() == section_id {
        let tasks = &report.tasks;
        c.text(&tasks.heading, Tone::Heading, 8);
        c.text(&tasks.requirements_label, Tone::SubHeading, 4);
        c.text(&tasks.requirements, Tone::Body, 8);
        items(&mut c, tasks.items.iter());
    } else if report.proposals.id.as_ref() == section_id {
        let proposals = &report.proposals;
        c.text(&proposals.heading, Tone::Heading, 8);
        c.text(&proposals.summary.text, Tone::Body, 8);
        c.text(&proposals.measures_heading, Tone::Heading, 8);
        groups(&mut c, &proposals.groups);
        c.text(&proposals.outlook.heading, Tone::Heading, 8);
        items(&mut c, proposals.outlook.items.iter());
    } else {
        return None;
    }
    if let Err(error) = charts(&mut c, report, section_id) {
        return Some(Err(error));
    }
    c.text(&sources(report), Tone::Small, 0);
    Some(Ok(c.parts()))
}
