//! Figures in different units side by side, each card with its own unit: never one shared axis.

use super::{chart_actions, figure_cards, ChartActionsProps};
use crate::data::Figure;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct FigureCardsProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub figures: Vec<Figure>,
    /// Where the cards link: empty for this page, the full report's address on an embed page.
    pub report_url: AttrValue,
}

pub fn figure_cards_block(props: &FigureCardsProps) -> Html {
    html! {
        <figure id={props.id.clone()} class="figure-cards">
            <figcaption class="chart-title">{ props.title.clone() }</figcaption>
            <ul class="key-figure-list">
                { figure_cards(&props.figures, &props.report_url) }
            </ul>
            { chart_actions(&ChartActionsProps {
                anchor: props.id.clone(),
                title: props.title.clone(),
                report_url: props.report_url.clone(),
            }) }
        </figure>
    }
}
