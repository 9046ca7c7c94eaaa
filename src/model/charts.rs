//! Charts as the views need them: each chart with its figures, its notes, the section that holds
//! it, and its description, which is the report's own sentence stating those figures, verbatim.
//! Built once by the [`Model`](super::Model).

use super::ids::{ChartId, SectionId};
use super::sections::FigurePlace;
use crate::data::{Chart, Figure, Report};
use std::rc::Rc;

/// A chart resolved against the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub id: ChartId,
    pub chart: Chart,
    pub figures: Vec<Figure>,
    pub notes: Vec<Figure>,
    /// The section of the chart's first figure, where the chart is shown.
    pub section: SectionId,
    /// The text of every item that states the chart's figures, in order, without repeats.
    pub description: Rc<str>,
}

/// Every chart of the report whose figures all exist, in data order; `locate` finds a figure.
pub(super) fn build_charts<'a>(report: &Report, locate: impl Fn(&[Rc<str>]) -> Vec<&'a FigurePlace>) -> Vec<ChartView> {
    report
        .charts
        .iter()
        .filter_map(|chart| {
            let found = locate(&chart.figures);
            let first = found.first()?;
            let mut texts: Vec<&str> = Vec::new();
            for f in &found {
                if !texts.contains(&&*f.item.text) {
                    texts.push(&f.item.text);
                }
            }
            Some(ChartView {
                id: ChartId::of(&chart.id),
                chart: chart.clone(),
                figures: found.iter().map(|f| f.figure.clone()).collect(),
                notes: locate(&chart.notes).iter().map(|f| f.figure.clone()).collect(),
                section: first.section.clone(),
                description: Rc::from(texts.concat()),
            })
        })
        .collect()
}
