//! The page footer: names the source only as the report names itself, then the publishing site's
//! details (主办单位, 备案号, 网站标识码) where the data sets them; nothing is shown that is not set.

use crate::data::{Meta, Site};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub meta: Meta,
    pub site: Site,
    /// The page's address, printed under the sources (print only); empty when not known.
    #[prop_or_default]
    pub page_url: AttrValue,
}

#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    let site = &props.site;
    let details = [
        ("主办单位：", &site.organizer),
        ("ICP备案号：", &site.icp_record),
        ("公安机关备案号：", &site.police_record),
        ("网站标识码：", &site.site_code),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.as_ref().map(|v| html! { <li>{ label }{ v.to_string() }</li> }))
    .collect::<Vec<_>>();
    html! {
        <footer class="site-footer">
            <p>
                { "资料来源：" }
                { for props.meta.sources.iter().map(|name| html! { <cite class="source">{ name.to_string() }</cite> }) }
            </p>
            if !details.is_empty() {
                <ul class="site-details">{ for details }</ul>
            }
            if !props.page_url.is_empty() {
                <p class="print-only">{ "网址：" }{ props.page_url.clone() }</p>
            }
        </footer>
    }
}
