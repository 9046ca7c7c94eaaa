//! The page footer: names the source only as the report names itself.

use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub sources: Rc<[Rc<str>]>,
}

#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "资料来源：" }
                { for props.sources.iter().map(|name| html! { <cite class="source">{ name.to_string() }</cite> }) }
            </p>
        </footer>
    }
}
