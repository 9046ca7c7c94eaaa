//! The page footer: names the source only as the report names itself, then the publishing site's
//! details (主办单位, 备案号, 网站标识码) where the data sets them; nothing is shown that is not set.

use super::use_report_address;
use crate::model::Model;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    pub model: Model,
    /// The page whose address the printout shows under the sources (the report page; the 404 page
    /// prints none).
    #[prop_or_default]
    pub print_address_of: Option<View>,
}

#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    // Learnt in this component only, so nothing else re-renders.
    let address = use_report_address(&props.model, props.print_address_of.clone());
    let report = props.model.report();
    let site = &report.site;
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
                { for report.meta.sources.iter().map(|name| html! { <cite class="source">{ name.to_string() }</cite> }) }
            </p>
            if !details.is_empty() {
                <ul class="site-details">{ for details }</ul>
            }
            if !address.is_empty() {
                <p class="print-only">{ "网址：" }{ address }</p>
            }
        </footer>
    }
}
