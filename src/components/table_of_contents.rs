//! 目录: the page's navigation landmark, a list of links to the overview, the key figures and every
//! section: collapsed on phones (the overview's tiles lead to the sections there), a rail beside
//! the text on wide screens.

use super::raw_markup;
use crate::model::{page_links_markup, Model, KEY_FIGURES_ID, KEY_FIGURES_TITLE, OVERVIEW_ID, OVERVIEW_TITLE};
use yew::prelude::*;

/// The list's id: the top bar's 目录 links to it, and a browser opens the closed `<details>` around
/// an element a link names.
pub const TOC_LIST_ID: &str = "toc-list";

#[derive(PartialEq)]
pub struct TableOfContentsProps {
    pub model: Model,
}

pub fn table_of_contents(props: &TableOfContentsProps) -> Html {
    let places = [(OVERVIEW_ID, OVERVIEW_TITLE), (KEY_FIGURES_ID, KEY_FIGURES_TITLE)].into_iter();
    let sections = props
        .model
        .sections()
        .iter()
        .map(|s| (s.id.as_str(), s.heading.as_ref()));
    let links = AttrValue::from(page_links_markup(places.chain(sections)));
    html! {
        <nav class="toc" aria-label="目录">
            <details class="toc-details">
                <summary>{ "目录" }</summary>
                <ul id={TOC_LIST_ID} class="toc-list">
                    { raw_markup(links) }
                </ul>
            </details>
        </nav>
    }
}
