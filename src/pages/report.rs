//! `./`: the whole report: header, key figures, the three parts as expandable sections, footer.

use crate::components::{
    section_heading, EmbedButton, ExpandToolbar, Expandable, KeyFigures, OffersEmbedding, OverviewTiles,
    ReadingToolbar, ReportSearch, SectionBody, SiteFooter, SiteHeader, TableOfContents, SEARCH_ID, TOC_LIST_ID,
};
use crate::model::{resolve_fragment, section_code_file, FragmentTarget, Model, Part, Preferences, SectionId, Tile};
use crate::platform;
use crate::state::{ReportAction, ReportUi};
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub model: Model,
}

/// 码上看报告: printed at a section's end, never on the screen, the QR code of its address on the
/// web (`site::render` writes it; `loading="lazy"`, so only printing fetches it) beside its heading
/// and that address; only where the data file sets `public_url`, the one address paper can carry.
fn section_code(public_url: Option<&str>, id: &SectionId, heading: &str) -> Html {
    let Some(base) = public_url else {
        return Html::default();
    };
    html! {
        <div class="print-only section-code">
            <img src={section_code_file(id.as_rc())} loading="lazy" width="96" height="96"
                alt={format!("二维码：{heading}")} />
            <p class="section-code-text">
                <span class="section-code-title">{ "码上看报告：" }{ heading }</span>
                <span class="section-code-address">{ format!("{base}#{id}") }</span>
            </p>
        </div>
    }
}

/// Opens the target's section (if any) and scrolls to its element.
fn follow(ui: &UseReducerDispatcher<ReportUi>, target: FragmentTarget) {
    platform::reveal(target.open_section.as_deref(), &target.anchor);
    if let Some(id) = target.open_section {
        ui.dispatch(ReportAction::SetOpen(id, true));
    }
}

/// Opens and scrolls to what a fragment names; unknown fragments change nothing.
fn follow_fragment(model: &Model, ui: &UseReducerDispatcher<ReportUi>, fragment: &str) {
    if let Some(target) = resolve_fragment(model, fragment) {
        follow(ui, target);
    }
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let model = props.model.clone();
    let report = model.report();
    let first_section = model.sections().first().map(|s| s.id.clone());
    let ui = use_reducer_eq(move || ReportUi::with_open(first_section));
    let all_sections: Vec<SectionId> = model.sections().iter().map(|s| s.id.clone()).collect();

    // After hydration: adopt what the reader toggled before the wasm arrived, follow the
    // fragment, and keep following it.
    {
        let (model, ids) = (model.clone(), all_sections.clone());
        let dispatcher = ui.dispatcher();
        use_effect_with((), move |_| {
            for id in &ids {
                if let Some(open) = platform::details_open_before_app(id) {
                    dispatcher.dispatch(ReportAction::SetOpen(id.clone(), open));
                }
            }
            dispatcher.dispatch(ReportAction::SetPreferences(platform::read_preferences()));
            follow_fragment(&model, &dispatcher, &platform::fragment());
            // Printing shows every section and every chart's table.
            let printing = {
                let dispatcher = dispatcher.clone();
                platform::on_before_print(move || {
                    dispatcher.dispatch(ReportAction::OpenAll(ids.clone()));
                    platform::open_all_details(".chart-table");
                })
            };
            let subscription = platform::on_hash_change(move |fragment| {
                follow_fragment(&model, &dispatcher, &fragment);
            });
            platform::mark_ready();
            let rising = platform::rise_when_seen(".key-figure-number");
            move || {
                let _unsubscribe = (subscription, rising, printing);
            }
        });
    }

    let ontoggle = |id: SectionId| {
        let dispatcher = ui.dispatcher();
        Callback::from(move |event: Event| {
            if let Some(open) = platform::event_details_open(&event) {
                dispatcher.dispatch(ReportAction::SetOpen(id.clone(), open));
            }
        })
    };
    // The fragment follows what the reader opens, without a history entry per toggle.
    let onsummaryclick = Callback::from(|id: Rc<str>| {
        let opening = !platform::details_open(&id).unwrap_or(false);
        if opening {
            platform::replace_fragment(Some(&id));
        } else if platform::fragment() == id.as_ref() {
            platform::replace_fragment(None);
        }
    });
    let onexpandall = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(ReportAction::OpenAll(all_sections.clone())))
    };
    // Applied at once (not in an effect, which would first apply the defaults over what the early
    // script set from storage).
    let onpreferences = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |preferences: Preferences| {
            platform::apply_preferences(preferences);
            dispatcher.dispatch(ReportAction::SetPreferences(preferences));
        })
    };
    let oncollapseall = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(ReportAction::CloseAll))
    };
    let onfollow = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |target: FragmentTarget| follow(&dispatcher, target))
    };
    let embed_button = |id: &SectionId, title: &Rc<str>| {
        html! {
            <p class="embed-action">
                <EmbedButton title={title.to_string()} share={id.as_rc().clone()} share_label="分享／生成图片" />
            </p>
        }
    };

    let section = |tile: &Tile, level: u8| {
        let id = tile.section_id.clone();
        html! {
            <Expandable id={id.as_rc().clone()} open={ui.is_open(&id)} summary={section_heading(tile, level, None)}
                ontoggle={ontoggle(id.clone())} onsummaryclick={onsummaryclick.clone()}>
                <SectionBody model={model.clone()} section={id.clone()} heading_level={level} />
                { embed_button(&id, &tile.heading) }
                { section_code(report.site.public_url.as_deref(), &id, &tile.heading) }
            </Expandable>
        }
    };
    let (area_tiles, parts): (Vec<&Tile>, Vec<&Tile>) = model.tiles().iter().partition(|t| t.part == Part::Area);
    let review = &report.review;
    html! {
        <ContextProvider<OffersEmbedding> context={OffersEmbedding}>
            <a class="skip-link" href="#main">{ "跳到正文" }</a>
            <ReadingToolbar preferences={ui.preferences} onchange={onpreferences}>
                <a class="top-bar-link" href={format!("#{TOC_LIST_ID}")}>{ "目录" }</a>
                <a class="top-bar-link top-bar-search" href={format!("#{SEARCH_ID}")}>{ "搜索" }</a>
            </ReadingToolbar>
            <SiteHeader banner={report.meta.banner.clone()} title={report.meta.title.clone()} issued={report.site.issued()} />
            <main id="main" class="report" tabindex="-1">
                <OverviewTiles model={model.clone()} />
                <div class="report-layout">
                    <div class="report-rail">
                        <TableOfContents model={model.clone()} />
                        <ReportSearch model={model.clone()} {onfollow} />
                    </div>
                    <div class="report-text">
                        <KeyFigures model={model.clone()} />
                        <section id={review.id.to_string()} class="part" aria-labelledby="review-heading">
                            <h2 id="review-heading" class="part-heading">{ review.heading.to_string() }</h2>
                            <p class="intro">{ review.intro.to_string() }</p>
                            <p class="results-heading">{ review.results_heading.to_string() }</p>
                            <ExpandToolbar {onexpandall} {oncollapseall} />
                            { for area_tiles.into_iter().map(|tile| section(tile, 3)) }
                        </section>
                        { for parts.into_iter().map(|tile| section(tile, 2)) }
                    </div>
                </div>
            </main>
            <SiteFooter model={model.clone()} print_address_of={View::Report} />
        </ContextProvider<OffersEmbedding>>
    }
}
