//! Charts as the views need them: each chart with its figures, its notes, the section that holds
//! it, and its description, which is the report's own sentence stating those figures, verbatim.

use super::sections::FigureIndex;
use crate::data::{Chart, Figure, Report};

/// A chart resolved against the report.
#[derive(Debug, Clone)]
pub struct ChartView<'a> {
    pub chart: &'a Chart,
    pub figures: Vec<&'a Figure>,
    pub notes: Vec<&'a Figure>,
    /// The section of the chart's first figure, where the chart is shown.
    pub section_id: &'a str,
    /// The text of every item that states the chart's figures, in order, without repeats.
    pub description: String,
}

/// Every chart of the report whose figures all exist, in data order.
pub fn chart_views(report: &Report) -> Vec<ChartView<'_>> {
    let index = FigureIndex::of(report);
    report
        .charts
        .iter()
        .filter_map(|chart| {
            let found = index.locate_all(&chart.figures);
            let first = found.first()?;
            let mut texts: Vec<&str> = Vec::new();
            for f in &found {
                if !texts.contains(&&*f.item.text) {
                    texts.push(&f.item.text);
                }
            }
            Some(ChartView {
                chart,
                figures: found.iter().map(|f| f.figure).collect(),
                notes: index.locate_all(&chart.notes).iter().map(|f| f.figure).collect(),
                section_id: first.section_id,
                description: texts.concat(),
            })
        })
        .collect()
}

/// The charts shown in one section.
pub fn charts_in_section<'a>(report: &'a Report, section_id: &str) -> Vec<ChartView<'a>> {
    chart_views(report)
        .into_iter()
        .filter(|c| c.section_id == section_id)
        .collect()
}
