//! The page footer: names the source only as the report names itself, then the publishing site's
//! details (主办单位, 备案号, 网站标识码) where the data sets them; nothing is shown that is not set.

use crate::data::{Meta, Site};
use crate::model::report_address;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub meta: Meta,
    pub site: Site,
    /// Print the page's address under the sources (the report page does; the 404 page does not).
    #[prop_or_default]
    pub print_address: bool,
}

#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    // The configured address, or (once running, in this component only, so nothing else
    // re-renders) the page's own.
    let address = use_state_eq({
        let configured = props.site.public_url.clone();
        move || report_address(configured.as_deref(), None, 0).unwrap_or_default()
    });
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            if address.is_empty() {
                address.set(report_address(None, crate::platform::page_folder().as_deref(), 0).unwrap_or_default());
            }
        });
    }
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
            if props.print_address && !address.is_empty() {
                <p class="print-only">{ "网址：" }{ (*address).clone() }</p>
            }
        </footer>
    }
}
