//! 目录: the page's navigation landmark, a list of links to the overview, the key figures and every
//! section: collapsed on phones (the overview's tiles lead to the sections there), a rail beside
//! the text on wide screens.

use crate::model::{Model, KEY_FIGURES_ID, KEY_FIGURES_TITLE, OVERVIEW_ID, OVERVIEW_TITLE};
use yew::prelude::*;

/// The list's id: the top bar's 目录 links to it, and a browser opens the closed `<details>` around
/// an element a link names.
pub const TOC_LIST_ID: &str = "toc-list";

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub model: Model,
}

#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let links = props.model.sections().iter().map(|section| {
        html! { <li><a href={format!("#{}", section.id)}>{ section.heading.to_string() }</a></li> }
    });
    html! {
        <nav class="toc" aria-label="目录">
            <details class="toc-details">
                <summary>{ "目录" }</summary>
                <ul id={TOC_LIST_ID} class="toc-list">
                    <li><a href={format!("#{OVERVIEW_ID}")}>{ OVERVIEW_TITLE }</a></li>
                    <li><a href={format!("#{KEY_FIGURES_ID}")}>{ KEY_FIGURES_TITLE }</a></li>
                    { for links }
                </ul>
            </details>
        </nav>
    }
}
