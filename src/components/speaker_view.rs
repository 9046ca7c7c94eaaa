//! The speaker view, in the tab the presenter pressed S in (or at `present/speaker/`): the
//! current slide, the next, the notes (the report's own text for the slide), the clocks and
//! pacing, and 打开观众窗口, which opens the slides for the hall: fullscreen on the other screen
//! where the Window Management API may say where it is, otherwise a window to move there. A
//! refused window is said, and the view keeps working.

use super::{SlideView, SpeakerTimer};
use crate::model::Model;
use crate::model::{audience_placement, slide_status, AudienceWindow, DeckCommand, Screens};
use crate::platform;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpeakerViewProps {
    pub model: Model,
    /// The slide shown (0-based).
    pub current: usize,
    #[prop_or_default]
    pub report_url: AttrValue,
    /// The deck's folder relative to this page (the pacing target is remembered per deck).
    pub deck_folder: AttrValue,
    /// The audience window's page relative to this one (empty: this very page).
    pub audience_page: AttrValue,
    /// 分享本页's address, where there is a share page (not in the single file).
    #[prop_or_default]
    pub share_href: Option<AttrValue>,
    /// 总览 and 返回幻灯片.
    pub on_command: Callback<DeckCommand>,
    /// When the speaker clock started, and how to (re)start it.
    pub clock_started: Option<u64>,
    pub on_start_clock: Callback<u64>,
    /// The overview is open over the view: what is behind it takes no focus.
    #[prop_or_default]
    pub covered: bool,
    /// The overview, when open.
    #[prop_or_default]
    pub children: Html,
}

/// 打开观众窗口: asks where the screens are, opens the window there, and says what happened.
fn open_audience(
    page: AttrValue,
    current: usize,
    notice: UseStateHandle<Option<AudienceWindow>>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let (page, notice) = (page.clone(), notice.clone());
        yew::platform::spawn_local(async move {
            let screens = platform::screens().await;
            let (screen, placed) = audience_placement(&screens);
            let url = platform::audience_address(&page, current + 1);
            let opened = platform::open_audience_window(&url, screen.as_ref());
            if screens == Screens::NotYetPermitted {
                platform::ask_for_screens();
            }
            notice.set(Some(if opened { placed } else { AudienceWindow::Refused }));
        });
    })
}

#[component]
pub fn SpeakerView(props: &SpeakerViewProps) -> Html {
    let notice = use_state_eq(|| None::<AudienceWindow>);
    let deck = props.model.slides();
    let (current, total) = (props.current, deck.len());
    let view = |index: usize| {
        deck.get(index).map(|slide| {
            html! {
                <SlideView model={props.model.clone()} slide={slide.clone()} number={index + 1} {total} hidden={false}
                    report_url={props.report_url.clone()} />
            }
        })
    };
    let notes = deck.get(current).map(|s| s.notes.clone()).unwrap_or_default();
    let command = |c: DeckCommand| props.on_command.reform(move |_: MouseEvent| c);
    let status = slide_status(deck, current);
    html! {
        <main id="main" class="speaker">
            <h1 class="visually-hidden">{ "演讲者视图" }</h1>
            <div class="speaker-bar" inert={props.covered}>
                <button type="button" class="deck-control speaker-audience"
                    onclick={open_audience(props.audience_page.clone(), current, notice.clone())}>{ "打开观众窗口" }</button>
                <button type="button" id={super::OVERVIEW_BUTTON_ID} class="deck-control" onclick={command(DeckCommand::Overview)}>{ "总览（O）" }</button>
                <button type="button" class="deck-control" onclick={command(DeckCommand::Speaker)}>{ "返回幻灯片（S）" }</button>
                <p class="speaker-notice" role="status">{ notice.map(|n| n.notice()).unwrap_or_default() }</p>
            </div>
            <section class="speaker-now" aria-label="当前幻灯片" inert={props.covered}>
                <div class="slide-frame">{ view(current).unwrap_or_default() }</div>
            </section>
            <section class="speaker-next" aria-label="下一张" inert={props.covered}>
                <h2 class="speaker-heading">{ "下一张" }</h2>
                <div class="slide-frame">{ view(current + 1).unwrap_or_else(|| html! { <p class="speaker-end">{ "（最后一张）" }</p> }) }</div>
            </section>
            <div class="speaker-timer-slot" inert={props.covered}>
                <SpeakerTimer {current} count={total} default_minutes={props.model.report().site.talk_minutes}
                    deck_folder={props.deck_folder.clone()} started={props.clock_started}
                    on_start={props.on_start_clock.clone()} />
            </div>
            <section class="speaker-notes" aria-labelledby="speaker-notes-heading" inert={props.covered}>
                <h2 id="speaker-notes-heading" class="speaker-heading">{ format!("备注 · {} / {}", current + 1, total) }</h2>
                if notes.is_empty() {
                    <p>{ "（本页无备注）" }</p>
                }
                { for notes.iter().map(|n| html! { <p>{ n.to_string() }</p> }) }
                if let Some(href) = &props.share_href {
                    <p><a class="speaker-share" href={href.clone()}>{ "分享本页" }</a></p>
                }
            </section>
            <p class="visually-hidden" role="status">{ status }</p>
            { props.children.clone() }
        </main>
    }
}
