//! Figures in different units side by side, each card with its own unit: never one shared axis.

use super::{figure_card, ChartActions};
use crate::data::Figure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureCardsProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub figures: Vec<Figure>,
    /// Where the cards link: empty for this page, the full report's address on an embed page.
    #[prop_or_default]
    pub report_url: AttrValue,
}

#[component]
pub fn FigureCards(props: &FigureCardsProps) -> Html {
    html! {
        <figure id={props.id.clone()} class="figure-cards">
            <figcaption class="chart-title">{ props.title.clone() }</figcaption>
            <ul class="key-figure-list">
                { for props.figures.iter().map(|f| figure_card(f, &props.report_url)) }
            </ul>
            <ChartActions anchor={props.id.clone()} title={props.title.clone()} />
        </figure>
    }
}
