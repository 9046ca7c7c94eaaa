//! The top bar and 长辈模式: a bar kept at the top of the screen (it never covers the text being
//! read, which scrolls under it) with the page's links given as children (目录, 搜索 on the report)
//! and the button that opens 长辈模式's dialog: font tiers, the switches (high contrast, a large
//! cursor and a crosshair on desktop, 简约模式, 大字幕) and 朗读 (read aloud with a local Chinese
//! voice, from where the reader is or what they point at, at three speeds, with a bar to pause or
//! stop it; without such a voice, what to do instead).

use super::{ReadAloudControls, ReadingAids, SpeakingBar};
use crate::model::{FontTier, Preferences, ReadAloud, ReadAloudAction, Switch};
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

const DIALOG_ID: &str = "reading-dialog";

#[derive(Properties, PartialEq)]
pub struct ReadingToolbarProps {
    /// Links to places of the page, before the button.
    #[prop_or_default]
    pub children: Html,
}

/// What the live region says after a change.
fn announcement(before: Preferences, after: Preferences) -> String {
    if before.font != after.font {
        return format!("字号：{}", after.font.label());
    }
    Switch::ALL
        .into_iter()
        .find(|s| before.is_on(*s) != after.is_on(*s))
        .map(|s| format!("{}：{}", s.label(), if after.is_on(s) { "开" } else { "关" }))
        .unwrap_or_default()
}

/// 朗读's state for `use_reducer`.
#[derive(PartialEq, Default)]
struct ReadAloudState(ReadAloud);

impl Reducible for ReadAloudState {
    type Action = ReadAloudAction;
    fn reduce(self: Rc<Self>, action: ReadAloudAction) -> Rc<Self> {
        Rc::new(ReadAloudState(self.0.reduce(action)))
    }
}

/// 指读 while it is on: what the reader points at is read, at the chosen speed.
#[hook]
fn use_pointing(state: ReadAloud, dispatch: Callback<ReadAloudAction>) {
    use_effect_with((state.pointing, state.rate), move |&(pointing, rate)| {
        let subscription = pointing.then(|| {
            let started = dispatch.reform(|()| ReadAloudAction::Started);
            let ended = dispatch.reform(|()| ReadAloudAction::Ended);
            platform::read_what_is_pointed(rate.rate(), move || started.emit(()), move || ended.emit(()))
        });
        move || {
            let _unsubscribe = subscription;
        }
    });
}

/// The button's `data-early`: what a tap before the app is ready asks for.
const EARLY: &str = "reading";

#[component]
pub fn ReadingToolbar(props: &ReadingToolbarProps) -> Html {
    let can_read = use_state_eq(|| false);
    let status = use_state(String::new);
    let speech = use_reducer(ReadAloudState::default);
    // The words the reader had selected as the dialog opened (朗读选中的文字).
    let selection = use_state_eq(|| None::<String>);
    let dispatch = {
        let speech = speech.dispatcher();
        Callback::from(move |action| speech.dispatch(action))
    };
    use_pointing(speech.0, dispatch.clone());
    // 长辈模式's settings: read back once started (the page's first script applied them before
    // the first paint), and applied at once on a change (not in an effect, which would first apply
    // the defaults over what the early script set from storage).
    let preferences = use_state_eq(Preferences::default);
    {
        let (can_read, preferences) = (can_read.clone(), preferences.clone());
        use_effect_with((), move |_| {
            preferences.set(platform::read_preferences());
            // A tap on 长辈模式 before the app was ready is answered now.
            if platform::take_early_click(EARLY).as_deref() == Some(EARLY) {
                platform::show_dialog(DIALOG_ID);
            }
            // The browser's voices are looked up a task later, out of the start's task.
            let subscription = platform::subscribe_later(move || {
                can_read.set(platform::can_read_aloud());
                platform::on_voices_changed(move || can_read.set(platform::can_read_aloud()))
            });
            move || {
                let _unsubscribe = subscription;
            }
        });
    }
    let current = *preferences;
    // Each control knows, as it renders, the preferences it would switch to.
    let change = |next: Preferences| {
        let (preferences, status) = (preferences.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(announcement(current, next));
            platform::apply_preferences(next);
            preferences.set(next);
        })
    };
    let font_buttons = FontTier::ALL
        .into_iter()
        .map(|tier| {
            let onclick = change(current.with_font(tier));
            html! {
                <button type="button" class="button option" aria-pressed={(current.font == tier).to_string()} {onclick}>
                    { tier.label() }
                </button>
            }
        })
        .collect::<Html>();
    let switches = Switch::ALL
        .into_iter()
        .map(|switch| {
            let onclick = change(current.with(switch, !current.is_on(switch)));
            let class = classes!("button", "option", switch.pointer_only().then_some("pointer-option"));
            html! {
                <button type="button" {class} aria-pressed={current.is_on(switch).to_string()} {onclick}>
                    { switch.label() }
                </button>
            }
        })
        .collect::<Html>();
    // Reads the reader's selected words, or (none) from where the reader is: the dialog closes, the
    // bar shows while it reads.
    let reading = |words: Option<String>| {
        let (dispatch, rate) = (dispatch.clone(), speech.0.rate.rate());
        Callback::from(move |()| {
            platform::close_dialog(DIALOG_ID);
            let ended = dispatch.reform(|()| ReadAloudAction::Ended);
            let on_end = move || ended.emit(());
            let started = match &words {
                Some(words) => platform::read_words(words, rate, on_end),
                None => platform::read_from_view(rate, on_end),
            };
            if started {
                dispatch.emit(ReadAloudAction::Started);
            }
        })
    };
    let read = reading(None);
    let read_selection = (*selection).clone().map(|words| reading(Some(words)));
    let open = {
        let selection = selection.clone();
        Callback::from(move |_: MouseEvent| {
            selection.set(platform::selected_words());
            platform::show_dialog(DIALOG_ID);
        })
    };
    html! {
        <div class="reading-toolbar top-bar">
            <div class="top-bar-inner">
            if props.children != Html::default() {
                <nav class="top-bar-links" aria-label="快捷入口">{ props.children.clone() }</nav>
            }
            <button type="button" class="button reading-open" aria-haspopup="dialog" data-early={EARLY}
                onclick={open}>
                <span class="reading-icon" aria-hidden="true">{ "Aa" }</span>{ "长辈模式" }
            </button>
            <dialog id={DIALOG_ID} class="reading-dialog" aria-labelledby="reading-dialog-title"
                onkeydown={Callback::from(|e: KeyboardEvent| platform::keep_focus_inside(&e, DIALOG_ID))}>
                <h2 id="reading-dialog-title" class="dialog-title">{ "长辈模式" }</h2>
                <div class="option-row" role="group" aria-labelledby="font-tier-label">
                    <span id="font-tier-label" class="option-label">{ "字号" }</span>
                    { font_buttons }
                </div>
                <div class="option-row">{ switches }</div>
                <ReadAloudControls state={speech.0} can_read={*can_read} dispatch={dispatch.clone()} onread={read}
                    onreadselection={read_selection} />
                <p class="dialog-status" role="status" aria-live="polite">{ (*status).clone() }</p>
                <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| platform::close_dialog(DIALOG_ID))}>
                    { "关闭" }
                </button>
            </dialog>
            </div>
            <ReadingAids preferences={current} />
            <SpeakingBar state={speech.0} {dispatch} />
        </div>
    }
}
