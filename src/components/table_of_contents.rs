//! 目录: the page's navigation landmark, a collapsed list of links to every part and section.

use crate::data::Report;
use crate::model::{sections, KEY_FIGURES_ID};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub report: Rc<Report>,
}

#[component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let links = sections(&props.report).into_iter().map(|section| {
        html! { <li><a href={format!("#{}", section.id)}>{ section.heading.to_string() }</a></li> }
    });
    html! {
        <nav class="toc" aria-label="目录">
            <details class="toc-details">
                <summary>{ "目录" }</summary>
                <ul class="toc-list">
                    <li><a href={format!("#{KEY_FIGURES_ID}")}>{ "关键数字" }</a></li>
                    { for links }
                </ul>
            </details>
        </nav>
    }
}
