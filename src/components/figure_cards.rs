//! Figures in different units side by side, each card with its own unit: never one shared axis.

use crate::data::Figure;
use crate::model::figure_anchor;
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
                { for props.figures.iter().map(|figure| html! {
                    <li>
                        <a class="key-figure" href={format!("#{}", figure_anchor(&figure.id))}>
                            <span class="key-figure-value">
                                <span class="key-figure-number">{ figure.number_text() }</span>
                                <span class="key-figure-unit">{ figure.unit.to_string() }</span>
                            </span>
                            <span class="key-figure-label">{ figure.label.to_string() }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </figure>
    }
}
