//! Figures in different units side by side, each card with its own unit: never one shared axis.

use super::figure_card;
use crate::data::Figure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureCardsProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub figures: Vec<Figure>,
}

#[component]
pub fn FigureCards(props: &FigureCardsProps) -> Html {
    html! {
        <figure id={props.id.clone()} class="figure-cards">
            <figcaption class="chart-title">{ props.title.clone() }</figcaption>
            <ul class="key-figure-list">
                { for props.figures.iter().map(figure_card) }
            </ul>
        </figure>
    }
}
