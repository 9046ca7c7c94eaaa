//! `./`: the whole report: the top bar, the header, the overview, then its body (目录, search, the
//! key figures, the sections) and the footer. The page starts first; its body and each section's
//! content start after it, each an app of its own in a task of its own (`components::report_part`).

use crate::components::{
    overview_tiles, site_header, start_parts, OverviewTilesProps, PartKind, PartSlot, PrerenderedParts, ReadingToolbar,
    ReportPartProps, SiteFooter, SiteHeaderProps, SEARCH_ID, TOC_LIST_ID,
};
use crate::model::{Model, Preferences};
use crate::platform;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub model: Model,
    /// The page's body as the server renders it (a `ReportPart` of `PartKind::Body`); empty in
    /// the browser, where the body adopts what the page carries.
    #[prop_or_default]
    pub body: AttrValue,
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let model = props.model.clone();
    let report = model.report();
    // 长辈模式's settings: read back once started (the page's first script applied them before
    // the first paint).
    let preferences = use_state_eq(Preferences::default);
    let body = {
        let model = model.clone();
        use_memo((), move |_| {
            PartSlot::new(ReportPartProps {
                model,
                kind: PartKind::Body(PrerenderedParts::default()),
            })
        })
    };
    {
        let (preferences, body) = (preferences.clone(), body.clone());
        use_effect_with((), move |_| {
            preferences.set(platform::read_preferences());
            // The body starts next, in a task of its own; it marks the page ready.
            start_parts(std::slice::from_ref(&*body), || {});
        });
    }
    // Applied at once (not in an effect, which would first apply the defaults over what the early
    // script set from storage).
    let onpreferences = {
        let preferences = preferences.clone();
        Callback::from(move |next: Preferences| {
            platform::apply_preferences(next);
            preferences.set(next);
        })
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ "跳到正文" }</a>
            <ReadingToolbar preferences={*preferences} onchange={onpreferences}>
                <a class="top-bar-link" href={format!("#{TOC_LIST_ID}")}>{ "目录" }</a>
                <a class="top-bar-link top-bar-search" href={format!("#{SEARCH_ID}")}>{ "搜索" }</a>
            </ReadingToolbar>
            { site_header(&SiteHeaderProps { banner: report.meta.banner.clone(), title: report.meta.title.clone(), issued: report.site.issued() }) }
            <main id="main" class="report" tabindex="-1">
                { overview_tiles(&OverviewTilesProps { model: model.clone() }) }
                <div class="report-layout">{ body.host(props.body.clone()) }</div>
            </main>
            <SiteFooter model={model.clone()} print_address_of={View::Report} />
        </>
    }
}
