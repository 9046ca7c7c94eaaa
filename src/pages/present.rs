//! `./present/`: the report as slides for the plenary hall. Clicker keys (reveal.js's map), swipes
//! and clicks step through; the fragment follows the slide (`#7`); F toggles fullscreen, B blacks
//! out, S opens the speaker view, which follows and leads over a `BroadcastChannel`.

use crate::components::SlideView;
use crate::data::Report;
use crate::model::{share_path, slide_from_fragment, slide_share_fragment, slides, DeckCommand};
use crate::platform;
use crate::state::{DeckAction, DeckUi};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    pub report: Rc<Report>,
    /// The speaker view: current and next slide, notes, timer and clock.
    #[prop_or_default]
    pub speaker: bool,
}

/// The report page's address, seen from a page `depth` folders below it.
fn report_address(report: &Report, depth: usize) -> String {
    match &report.site.public_url {
        Some(url) => url.to_string(),
        None if platform::opened_from_file() => String::new(),
        None => {
            let here = platform::page_base_url();
            let mut folder = here.trim_end_matches('/').to_owned();
            for _ in 0..depth {
                folder.truncate(folder.rfind('/').unwrap_or(folder.len()));
            }
            if here.is_empty() {
                String::new()
            } else {
                format!("{folder}/")
            }
        }
    }
}

#[component]
pub fn PresentPage(props: &PresentPageProps) -> Html {
    let report = props.report.clone();
    let deck = use_memo(report.clone(), |report| slides(report));
    let ui = use_reducer_eq({
        let count = deck.len();
        move || DeckUi::new(count)
    });
    let channel = use_mut_ref(|| None::<platform::DeckChannel>);
    // The slide the other window last announced: showing it is following, not leading, so it is
    // not announced back (an echo could arrive after a newer key press and undo it).
    let heard = use_mut_ref(|| None::<usize>);
    let report_url = use_state(String::new);
    let offline_ready = use_state_eq(|| false);
    // Opened as the single file, the deck has no share page beside it.
    let from_file = use_state_eq(|| false);
    {
        let from_file = from_file.clone();
        use_effect_with((), move |_| from_file.set(platform::opened_from_file()));
    }
    {
        let (dispatcher, channel, report_url, report) =
            (ui.dispatcher(), channel.clone(), report_url.clone(), report.clone());
        let heard = heard.clone();
        let (count, speaker) = (deck.len(), props.speaker);
        let offline_ready = offline_ready.clone();
        use_effect_with((), move |_| {
            dispatcher.dispatch(DeckAction::GoTo(slide_from_fragment(&platform::fragment(), count)));
            report_url.set(report_address(&report, if speaker { 2 } else { 1 }));
            let command = {
                let dispatcher = dispatcher.clone();
                move |command: DeckCommand| {
                    match command {
                        DeckCommand::ToggleFullscreen => platform::toggle_fullscreen(),
                        // The single file has no speaker page beside it.
                        DeckCommand::Speaker if !speaker && !platform::opened_from_file() => {
                            platform::open_speaker_view("speaker/")
                        }
                        _ => {}
                    }
                    dispatcher.dispatch(DeckAction::Command(command));
                }
            };
            let keys = platform::on_deck_keys(command.clone());
            let pointer = (!speaker).then(|| platform::on_deck_pointer(command));
            let hash = {
                let dispatcher = dispatcher.clone();
                platform::on_hash_change(move |f| dispatcher.dispatch(DeckAction::GoTo(slide_from_fragment(&f, count))))
            };
            let deck_folder = if speaker { "../" } else { "./" };
            let (joined, messages) = platform::deck_channel(deck_folder, move |i| {
                heard.replace(Some(i));
                dispatcher.dispatch(DeckAction::GoTo(i));
            });
            channel.replace(Some(joined));
            let awake = (!speaker).then(platform::keep_screen_awake);
            let idle = (!speaker).then(platform::hide_when_idle);
            let counting = platform::count_up_when_seen(".slide .key-figure-number");
            if !speaker {
                platform::register_offline_deck(move || offline_ready.set(true));
            }
            platform::mark_ready();
            move || {
                let _unsubscribe = (keys, pointer, hash, messages, awake, idle, counting);
            }
        });
    }
    {
        let (deck, channel, title, heard) = (deck.clone(), channel.clone(), report.meta.title.clone(), heard.clone());
        use_effect_with(ui.current, move |current| {
            platform::replace_fragment(Some(&(current + 1).to_string()));
            if let Some(slide) = deck.get(*current) {
                platform::set_document_title(&format!("{} - {}", slide.title, title));
            }
            let following = heard.take() == Some(*current);
            if let (Some(channel), false) = (channel.borrow().as_ref(), following) {
                channel.announce(*current);
            }
        });
    }
    let total = deck.len();
    let view = |index: usize, hidden: bool| {
        deck.get(index).map(|slide| {
            html! {
                <SlideView report={report.clone()} slide={slide.clone()} number={index + 1} {total} {hidden}
                    report_url={AttrValue::from((*report_url).clone())} />
            }
        })
    };
    let current = ui.current.min(total.saturating_sub(1));
    let status = deck
        .get(current)
        .map(|s| format!("第{}张，共{}张：{}", current + 1, total, s.title))
        .unwrap_or_default();
    if props.speaker {
        return super::speaker::speaker_view(&deck, current, view(current, false), view(current + 1, false), status);
    }
    html! {
        <main id="main" class="deck">
            <h1 class="visually-hidden">{ report.meta.title.to_string() }</h1>
            { for (0..total).map(|i| view(i, i != current).unwrap_or_default()) }
            <p class="deck-progress" aria-hidden="true">{ format!("{} / {}", current + 1, total) }</p>
            <p class="visually-hidden" role="status">{ status }</p>
            <p class="deck-offline" hidden={!*offline_ready}>{ "已可离线演示" }</p>
            if !*from_file {
                <a class="deck-share" href={format!("../{}", share_path(&slide_share_fragment(current)))}>{ "分享本页" }</a>
            }
            <div class="deck-black" hidden={!ui.blacked}></div>
        </main>
    }
}
