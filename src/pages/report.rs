//! `./`: the whole report: the top bar, the header, the overview, then its body (目录, search, the
//! key figures, the sections) and the footer. The page starts first (the header and the footer);
//! its top bar, its overview, its body and each section's content start after it, each an app of
//! its own in a task of its own (`components::report_part`).

use crate::components::{
    page_parts, site_header, start_parts, PartSlot, PrerenderedParts, SiteFooter, SiteHeaderProps,
};
use crate::model::Model;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub model: Model,
    /// The page's top bar, overview and body as the server renders them (`ReportPart`s of
    /// `PartKind::TopBar`, `PartKind::Overview` and `PartKind::Body`); empty in the browser, where
    /// each adopts what the page carries.
    #[prop_or_default]
    pub top_bar: AttrValue,
    #[prop_or_default]
    pub overview: AttrValue,
    #[prop_or_default]
    pub body: AttrValue,
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let model = props.model.clone();
    let report = model.report();
    // The top bar, the overview and the body.
    let parts = {
        let model = model.clone();
        use_memo((), move |_| {
            page_parts(&model, PrerenderedParts::default()).map(PartSlot::new)
        })
    };
    {
        let parts = parts.clone();
        use_effect_with((), move |_| {
            // The page's parts start next, each in a task of its own, the nearest the reader
            // first; the body marks the page ready.
            start_parts(&*parts, || {});
        });
    }
    let [top_bar, overview, body] = &*parts;
    html! {
        <>
            <a class="skip-link" href="#main">{ "跳到正文" }</a>
            { top_bar.host(props.top_bar.clone()) }
            { site_header(&SiteHeaderProps { banner: report.meta.banner.clone(), title: report.meta.title.clone(), issued: report.site.issued() }) }
            <main id="main" class="report" tabindex="-1">
                { overview.host(props.overview.clone()) }
                <div class="report-layout">{ body.host(props.body.clone()) }</div>
            </main>
            <SiteFooter model={model.clone()} print_address_of={View::Report} />
        </>
    }
}
