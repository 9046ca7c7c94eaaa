//! The key-figures strip: headline quantities chosen in the data, each linking to its item.

use crate::data::Report;
use crate::model::{figure_anchor, locate_figure, KEY_FIGURES_ID};
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
        .map(|found| {
            let figure = found.figure;
            html! {
                <li>
                    <a class="key-figure" href={format!("#{}", figure_anchor(&figure.id))}>
                        <span class="key-figure-value">
                            <span class="key-figure-number">{ figure.number_text() }</span>
                            <span class="key-figure-unit">{ figure.unit.to_string() }</span>
                        </span>
                        <span class="key-figure-label">{ figure.label.to_string() }</span>
                    </a>
                </li>
            }
        });
    html! {
        <section id={KEY_FIGURES_ID} class="key-figures" aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading" class="part-heading">{ "关键数字" }</h2>
            <ul class="key-figure-list">{ for cards }</ul>
        </section>
    }
}
