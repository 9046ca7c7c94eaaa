//! The key-figures strip: headline quantities chosen in the data, each linking to its item.

use super::figure_card;
use crate::data::Report;
use crate::model::{locate_figure, KEY_FIGURES_ID};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub report: Rc<Report>,
}

#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let report = &props.report;
    let cards = report
        .meta
        .key_figures
        .iter()
        .filter_map(|id| locate_figure(report, id))
        .map(|found| figure_card(found.figure));
    html! {
        <section id={KEY_FIGURES_ID} class="key-figures" aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading" class="part-heading">{ "关键数字" }</h2>
            <ul class="key-figure-list">{ for cards }</ul>
        </section>
    }
}
