//! Figures in different units side by side, each card with its own unit: never one shared axis.

use super::{figure_card, ChartExport};
use crate::charts::{CardSpec, ChartSpec, TableRow};
use crate::data::Figure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureCardsProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub figures: Vec<Figure>,
    /// The report's name, drawn under exported images.
    pub source: AttrValue,
    /// Where the cards link: empty for this page, the full report's address on an embed page.
    #[prop_or_default]
    pub report_url: AttrValue,
}

#[component]
pub fn FigureCards(props: &FigureCardsProps) -> Html {
    let spec = ChartSpec::Cards(CardSpec {
        rows: props.figures.iter().map(TableRow::from_figure).collect(),
    });
    html! {
        <figure id={props.id.clone()} class="figure-cards">
            <figcaption class="chart-title">{ props.title.clone() }</figcaption>
            <ul class="key-figure-list">
                { for props.figures.iter().map(|f| figure_card(f, &props.report_url)) }
            </ul>
            <ChartExport id={props.id.clone()} title={props.title.clone()} source={props.source.clone()} {spec} />
        </figure>
    }
}
