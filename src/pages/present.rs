//! `./present/`: the report as slides for the plenary hall. Clicker keys (reveal.js's map), swipes
//! and clicks step through; the fragment follows the slide (`#7`); F toggles fullscreen, B blacks
//! out, O shows every slide in an overview, S turns this tab into the speaker view (and back),
//! which follows and leads the audience window over a `BroadcastChannel`. `./present/speaker/`
//! opens as the speaker view.

use crate::components::{
    overview_link_id, use_report_address, DeckSlides, SlideOverview, SlideSource, SlideView, SpeakerView,
    OVERVIEW_BUTTON_ID, OVERVIEW_GRID_ID,
};
use crate::model::{
    early_commands, share_path, slide_from_fragment, slide_share_fragment, slide_status, DeckCommand, Model, Slide,
    SlideBody,
};
use crate::platform;
use crate::state::{DeckAction, DeckUi};
use crate::view::View;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    pub model: Model,
    /// Opened as `present/speaker/`: the speaker view first, the deck one folder up.
    pub speaker: bool,
    /// Where the deck's slides come from as the page starts: adopted when the browser hydrates
    /// the server's markup. Slides shown anew later are always built.
    pub slides: SlideSource,
}

impl PresentPageProps {
    /// The props of the deck of `model`, its slides made now, before the first render, which is
    /// then a shorter task on a slow phone.
    pub fn new(model: Model, speaker: bool, slides: SlideSource) -> Self {
        model.slides();
        PresentPageProps { model, speaker, slides }
    }
}

/// Where the page stands relative to its deck.
#[derive(Clone, Copy, PartialEq)]
struct DeckPlace {
    /// The deck's folder (names its channel and its remembered pacing target).
    folder: &'static str,
    /// The audience window's page (empty: this page itself, as in the single-file deck).
    audience_page: &'static str,
    /// From this page to the report's folder.
    to_report: &'static str,
}

impl DeckPlace {
    fn of(speaker_page: bool) -> Self {
        if speaker_page {
            DeckPlace {
                folder: "../",
                audience_page: "../",
                to_report: "../../",
            }
        } else {
            DeckPlace {
                folder: "./",
                audience_page: "",
                to_report: "../",
            }
        }
    }
}

/// The deck's slides in order: the runs of static slides as markup, the closing slide (its QR code
/// waits for the report's address) as a component.
fn deck_slides(model: &Model, current: usize, source: SlideSource, report_url: &AttrValue) -> Html {
    let deck = model.slides();
    let total = deck.len();
    let closing = deck.iter().position(|s| s.body == SlideBody::Closing).unwrap_or(total);
    let run = |range: std::ops::Range<usize>| {
        (!range.is_empty()).then(|| html! { <DeckSlides model={model.clone()} {range} {current} {source} /> })
    };
    html! {
        <>
            { run(0..closing).unwrap_or_default() }
            if let Some(slide) = deck.get(closing) {
                <SlideView model={model.clone()} slide={slide.clone()} number={closing + 1} {total} hidden={closing != current}
                    report_url={report_url.clone()} />
            }
            { run((closing + 1).min(total)..total).unwrap_or_default() }
        </>
    }
}

/// What a key does beyond the deck's state: fullscreen is the browser's to toggle.
fn command_handler(dispatcher: UseReducerDispatcher<DeckUi>) -> impl Fn(DeckCommand) + Clone {
    move |command: DeckCommand| {
        if command == DeckCommand::ToggleFullscreen {
            platform::toggle_fullscreen();
        }
        dispatcher.dispatch(DeckAction::Command(command));
    }
}

/// Everything the deck listens to from mount on: keys, pointer, fragment and the other window
/// (then, a task later, the screen kept awake, the idle pointer hidden, figures rising into place and
/// the offline copy); joins the deck's channel into `channel`.
#[hook]
fn use_deck_events(
    ui: &UseReducerHandle<DeckUi>,
    place: DeckPlace,
    channel: Rc<RefCell<Option<platform::DeckChannel>>>,
    heard: Rc<RefCell<Option<usize>>>,
    offline_ready: UseStateHandle<bool>,
) {
    let (dispatcher, count) = (ui.dispatcher(), ui.count);
    use_effect_with((), move |_| {
        dispatcher.dispatch(DeckAction::GoTo(slide_from_fragment(&platform::fragment(), count)));
        let keys = platform::on_deck_keys(command_handler(dispatcher.clone()));
        // Keys pressed while the deck was loading, in order: a clicker's first press is not lost.
        for command in early_commands(&platform::take_early_keys()) {
            dispatcher.dispatch(DeckAction::Command(command));
        }
        let pointer = {
            let dispatcher = dispatcher.clone();
            platform::on_deck_pointer(move |command| dispatcher.dispatch(DeckAction::Pointer(command)))
        };
        let hash = {
            let dispatcher = dispatcher.clone();
            platform::on_hash_change(move |f| dispatcher.dispatch(DeckAction::GoTo(slide_from_fragment(&f, count))))
        };
        let (joined, messages) = platform::deck_channel(place.folder, move |i| {
            heard.replace(Some(i));
            dispatcher.dispatch(DeckAction::GoTo(i));
        });
        channel.replace(Some(joined));
        // What can wait a moment, out of the start's task: the screen kept awake, the pointer
        // hidden when idle, figures rising into place, the offline copy.
        let later = platform::subscribe_later(move || {
            if place.folder == "./" {
                platform::register_offline_deck(move || offline_ready.set(true));
            }
            let awake = platform::keep_screen_awake();
            let idle = platform::hide_when_idle();
            let rising = platform::rise_when_seen(".deck .slide .key-figure-number");
            platform::Subscription::all([awake, idle, rising])
        });
        platform::mark_ready();
        move || {
            let _unsubscribe = (keys, pointer, hash, messages, later);
        }
    });
}

/// The fragment, the document title and the other window follow the current slide; the overview
/// learns its columns and moves the focus with its selection.
#[hook]
fn use_deck_follows(
    ui: &UseReducerHandle<DeckUi>,
    deck: Rc<[Slide]>,
    title: Rc<str>,
    channel: Rc<RefCell<Option<platform::DeckChannel>>>,
    heard: Rc<RefCell<Option<usize>>>,
) {
    // The first run is the prerendered first slide, before the fragment's slide is applied: a
    // window opening at `#7` must not send the other window to slide 1.
    let opened = use_mut_ref(|| false);
    use_effect_with(ui.current, move |current| {
        platform::replace_fragment(Some(&(current + 1).to_string()));
        if let Some(slide) = deck.get(*current) {
            platform::set_document_title(&format!("{} - {}", slide.title, title));
        }
        let following = heard.take() == Some(*current);
        let first = !opened.replace(true);
        if let (Some(channel), false, false) = (channel.borrow().as_ref(), following, first) {
            channel.announce(*current);
        }
    });
    let dispatcher = ui.dispatcher();
    let was_open = use_mut_ref(|| false);
    use_effect_with(ui.overview, move |selected| {
        match selected {
            Some(selected) => {
                was_open.replace(true);
                if let Some(columns) = platform::grid_columns(OVERVIEW_GRID_ID) {
                    dispatcher.dispatch(DeckAction::OverviewColumns(columns));
                }
                platform::focus_into_view(&overview_link_id(*selected));
            }
            // Closed: the focus goes back to the control that opens it (in whichever view shows).
            None if was_open.replace(false) => {
                platform::focus(OVERVIEW_BUTTON_ID);
            }
            None => {}
        }
    });
}

/// Whether the deck was opened as the single file (which has no share page beside it), learnt a
/// task after the start.
#[hook]
fn use_opened_from_file() -> bool {
    let from_file = use_state_eq(|| false);
    {
        let from_file = from_file.clone();
        use_effect_with((), move |_| {
            platform::in_next_task(move || from_file.set(platform::opened_from_file()))
        });
    }
    *from_file
}

/// Where the deck's slides come from at this render: adopted from the server's markup only as the
/// page hydrates them; once the speaker view has shown instead (on its own page, or after S),
/// built anew.
#[hook]
fn use_slide_source(first: SlideSource, speaker: bool) -> SlideSource {
    let source = use_mut_ref(|| first);
    {
        let source = source.clone();
        use_effect_with(speaker, move |speaker| {
            if *speaker {
                source.replace(SlideSource::Built);
            }
        });
    }
    let now = *source.borrow();
    now
}

#[component]
pub fn PresentPage(props: &PresentPageProps) -> Html {
    let model = props.model.clone();
    let report = model.report();
    let place = DeckPlace::of(props.speaker);
    let deck = model.slides().clone();
    let ui = use_reducer_eq({
        let (count, speaker) = (deck.len(), props.speaker);
        move || DeckUi::new(count, speaker)
    });
    let channel = use_mut_ref(|| None::<platform::DeckChannel>);
    // The slide the other window last announced: showing it is following, not leading, so it is
    // not announced back (an echo could arrive after a newer key press and undo it).
    let heard = use_mut_ref(|| None::<usize>);
    let offline_ready = use_state_eq(|| false);
    let view = if props.speaker { View::Speaker } else { View::Present };
    // The report's address for the closing slide's QR code (drawn after the start's work).
    let report_url = use_report_address(&model, Some(view));
    let from_file = use_opened_from_file();
    let source = use_slide_source(props.slides, ui.speaker);
    use_deck_events(&ui, place, channel.clone(), heard.clone(), offline_ready.clone());
    use_deck_follows(&ui, deck.clone(), report.meta.title.clone(), channel, heard);
    let total = deck.len();
    let current = ui.current.min(total.saturating_sub(1));
    let on_command = Callback::from(command_handler(ui.dispatcher()));
    let share_href = (!from_file).then(|| {
        AttrValue::from(format!(
            "{}{}",
            place.to_report,
            share_path(&slide_share_fragment(current))
        ))
    });
    let overview = ui.overview.map(|selected| {
        let (jump, select) = (ui.dispatcher(), ui.dispatcher());
        html! {
            <SlideOverview model={model.clone()} {current} {selected} report_url={report_url.clone()}
                on_jump={Callback::from(move |i| jump.dispatch(DeckAction::Jump(i)))}
                on_select={Callback::from(move |i| select.dispatch(DeckAction::Select(i)))}
                on_command={on_command.clone()} />
        }
    });
    if ui.speaker {
        let start = ui.dispatcher();
        return html! {
            <SpeakerView model={model.clone()} {current} {report_url}
                deck_folder={place.folder} audience_page={place.audience_page} {share_href} {on_command}
                clock_started={ui.clock_started} on_start_clock={Callback::from(move |at| start.dispatch(DeckAction::StartClock(at)))}
                covered={ui.overview.is_some()}>
                { overview.unwrap_or_default() }
            </SpeakerView>
        };
    }
    let status = slide_status(&deck, current);
    let command = |c: DeckCommand| on_command.reform(move |_: MouseEvent| c);
    html! {
        <main id="main" class="deck">
            <h1 class="visually-hidden">{ report.meta.title.to_string() }</h1>
            { deck_slides(&model, current, source, &report_url) }
            <p class="deck-progress" aria-hidden="true">{ format!("{} / {}", current + 1, total) }</p>
            <p class="visually-hidden" role="status">{ status }</p>
            <div class="deck-controls" inert={ui.overview.is_some()}>
                <nav class="deck-buttons" aria-label="演示">
                    <button type="button" id={OVERVIEW_BUTTON_ID} class="deck-control" onclick={command(DeckCommand::Overview)}>{ "总览" }</button>
                    <button type="button" class="deck-control" onclick={command(DeckCommand::Speaker)}>{ "演讲者视图" }</button>
                    if let Some(href) = share_href {
                        <a class="deck-control deck-share" href={href}>{ "分享本页" }</a>
                    }
                </nav>
                <p class="deck-offline" hidden={!*offline_ready}>{ "已可离线演示" }</p>
            </div>
            <div class="deck-black" hidden={!ui.blacked}></div>
            { overview.unwrap_or_default() }
        </main>
    }
}
