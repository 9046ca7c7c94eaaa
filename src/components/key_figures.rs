//! The key-figures strip: headline quantities chosen in the data, each linking to its item.

use super::{embed_button, figure_cards, EmbedButtonProps};
use crate::model::{balanced_columns, Model, KEY_FIGURES_ID, KEY_FIGURES_TITLE};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct KeyFiguresProps {
    pub model: Model,
    /// Where the cards link: empty for this page, the full report's address on an embed page.
    pub report_url: AttrValue,
}

pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let found = props.model.key_figures();
    let cards = figure_cards(found.iter().map(|found| &found.figure), &props.report_url);
    // Four a row on wide screens, as even as their number allows (six are 3 + 3).
    let columns = format!("--columns:{}", balanced_columns(found.len(), 4));
    html! {
        <section id={KEY_FIGURES_ID} class="key-figures" aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading" class="part-heading">{ KEY_FIGURES_TITLE }</h2>
            <ul class="key-figure-list" style={columns}>{ cards }</ul>
            if props.report_url.is_empty() {
                <p class="embed-action">{ embed_button(&EmbedButtonProps {
                    title: KEY_FIGURES_TITLE.into(),
                    share: KEY_FIGURES_ID.into(),
                    share_label: "分享／生成长图".into(),
                }) }</p>
            }
        </section>
    }
}
