//! `./`: the whole report: the top bar, the header, the overview, then its body (目录, search, the
//! key figures, the sections) and the footer. The page starts first; its overview, its body and
//! each section's content start after it, each an app of its own in a task of its own
//! (`components::report_part`).

use crate::components::{
    site_header, start_parts, PartKind, PartSlot, PrerenderedParts, ReadingToolbar, ReportPartProps, SiteFooter,
    SiteHeaderProps, SEARCH_ID, TOC_LIST_ID,
};
use crate::model::{Model, Preferences};
use crate::platform;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub model: Model,
    /// The page's overview and body as the server renders them (`ReportPart`s of
    /// `PartKind::Overview` and `PartKind::Body`); empty in the browser, where each adopts what the
    /// page carries.
    #[prop_or_default]
    pub overview: AttrValue,
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
    // The overview, then the body.
    let parts = {
        let model = model.clone();
        use_memo((), move |_| {
            [PartKind::Overview, PartKind::Body(PrerenderedParts::default())].map(|kind| {
                PartSlot::new(ReportPartProps {
                    model: model.clone(),
                    kind,
                })
            })
        })
    };
    {
        let (preferences, parts) = (preferences.clone(), parts.clone());
        use_effect_with((), move |_| {
            preferences.set(platform::read_preferences());
            // The overview and the body start next, each in a task of its own; the body marks the
            // page ready.
            start_parts(&*parts, || {});
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
                { parts[0].host(props.overview.clone()) }
                <div class="report-layout">{ parts[1].host(props.body.clone()) }</div>
            </main>
            <SiteFooter model={model.clone()} print_address_of={View::Report} />
        </>
    }
}
