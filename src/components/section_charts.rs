//! The charts that belong to one section, as the data declares them: bars or figure cards; and one
//! chart on its own, for its embed page.

use super::{figure_cards_block, ChartFigure, FigureCardsProps};
use crate::charts::BarSpec;
use crate::data::ChartKind;
use crate::model::{chart_anchor, ChartView, Model, SectionId};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct SectionChartsProps {
    pub model: Model,
    pub section: SectionId,
    /// Where figure cards link: empty for this page, the full report's address on an embed page.
    pub report_url: AttrValue,
}

/// One chart as the data declares it: bars, or figure cards each in its own unit.
pub fn chart_block(view: &ChartView, report_url: &AttrValue) -> Html {
    let id = AttrValue::from(chart_anchor(&view.id));
    let title = AttrValue::from(view.chart.title.to_string());
    match view.chart.kind {
        ChartKind::Bars => html! {
            <ChartFigure {id} {title} description={AttrValue::from(view.description.clone())}
                spec={BarSpec::from_view(view)} notes={view.notes.clone()} report_url={report_url.clone()} />
        },
        ChartKind::Cards => figure_cards_block(&FigureCardsProps {
            id,
            title,
            figures: view.figures.clone(),
            report_url: report_url.clone(),
        }),
    }
}

pub fn section_charts(props: &SectionChartsProps) -> Html {
    let mut views = props.model.charts_in(&props.section).peekable();
    if views.peek().is_none() {
        return Html::default();
    }
    let charts = views.map(|view| chart_block(view, &props.report_url));
    html! { <div class="section-charts">{ for charts }</div> }
}
