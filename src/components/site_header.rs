//! The page header: the publication banner and the report's title (the page's only `h1`).

use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub banner: Rc<str>,
    pub title: Rc<str>,
}

#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <p class="banner">{ props.banner.to_string() }</p>
                <h1 class="title">{ props.title.to_string() }</h1>
            </div>
        </header>
    }
}
