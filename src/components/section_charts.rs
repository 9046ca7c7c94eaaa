//! The charts that belong to one section, as the data declares them: bars or figure cards.

use super::{ChartFigure, FigureCards};
use crate::charts::BarSpec;
use crate::data::{ChartKind, Report};
use crate::model::{chart_anchor, charts_in_section};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionChartsProps {
    pub report: Rc<Report>,
    pub section_id: Rc<str>,
}

#[component]
pub fn SectionCharts(props: &SectionChartsProps) -> Html {
    let views = charts_in_section(&props.report, &props.section_id);
    if views.is_empty() {
        return Html::default();
    }
    let charts = views.into_iter().map(|view| {
        let id = AttrValue::from(chart_anchor(&view.chart.id));
        let title = AttrValue::from(view.chart.title.to_string());
        match view.chart.kind {
            ChartKind::Bars => html! {
                <ChartFigure {id} {title} description={AttrValue::from(view.description.clone())}
                    spec={BarSpec::from_view(&view)} notes={view.notes.iter().map(|f| (*f).clone()).collect::<Vec<_>>()} />
            },
            ChartKind::Cards => html! {
                <FigureCards {id} {title} figures={view.figures.iter().map(|f| (*f).clone()).collect::<Vec<_>>()} />
            },
        }
    });
    html! { <div class="section-charts">{ for charts }</div> }
}
