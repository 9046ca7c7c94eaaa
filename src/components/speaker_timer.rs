//! The speaker view's clocks and pacing: time since the view opened (or since 重新计时), the time
//! of day, and against a target duration the time left and whether the talk is ahead, on time or
//! behind (in words, the colour only repeats them). The target is remembered per deck; the data
//! file's `site.talk_minutes` is the default.

use crate::model::{clock_face, pacing, parse_talk_minutes, time_left_text, MOST_TALK_MINUTES};
use crate::platform;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpeakerTimerProps {
    /// The slide shown (0-based) and how many there are.
    pub current: usize,
    pub count: usize,
    /// The data file's default target, in minutes.
    #[prop_or_default]
    pub default_minutes: Option<u16>,
    /// The deck's folder, relative to this page: the target is remembered per deck.
    pub deck_folder: AttrValue,
    /// When the clock started, kept by the deck (S and S again do not restart it).
    pub started: Option<u64>,
    /// Starts the clock now (at first, and for 重新计时).
    pub on_start: Callback<u64>,
}

/// The time now, and the time of day as shown.
#[derive(Clone, PartialEq, Default)]
struct Clock {
    now: u64,
    time_of_day: String,
}

#[component]
pub fn SpeakerTimer(props: &SpeakerTimerProps) -> Html {
    let clock = use_state(Clock::default);
    let target_text = use_state(String::new);
    {
        let (clock, target_text) = (clock.clone(), target_text.clone());
        let (folder, default_minutes) = (props.deck_folder.clone(), props.default_minutes);
        let (started, on_start) = (props.started, props.on_start.clone());
        use_effect_with((), move |_| {
            let remembered = platform::stored_talk_minutes(&folder).or(default_minutes);
            target_text.set(remembered.map(|m| m.to_string()).unwrap_or_default());
            if started.is_none() {
                on_start.emit(platform::now_seconds());
            }
            let tick = move || {
                clock.set(Clock {
                    now: platform::now_seconds(),
                    time_of_day: platform::clock_text(),
                })
            };
            tick();
            let timer = platform::every_second(tick);
            move || {
                let _stop = timer;
            }
        });
    }
    let restart = {
        let (clock, on_start) = (clock.clone(), props.on_start.clone());
        Callback::from(move |_: MouseEvent| {
            let now = platform::now_seconds();
            on_start.emit(now);
            clock.set(Clock {
                now,
                ..(*clock).clone()
            });
        })
    };
    let on_target = {
        let (target_text, folder) = (target_text.clone(), props.deck_folder.clone());
        Callback::from(move |event: InputEvent| {
            let text = platform::input_value(&event).unwrap_or_default();
            if let Some(minutes) = parse_talk_minutes(&text) {
                platform::store_talk_minutes(&folder, minutes);
            }
            target_text.set(text);
        })
    };
    let elapsed = props.started.map_or(0, |started| clock.now.saturating_sub(started));
    let target = parse_talk_minutes(&target_text).map(|m| u64::from(m) * 60);
    let pace = target.and_then(|t| pacing(elapsed, t, props.current, props.count));
    html! {
        <section class="speaker-clock" aria-label="计时">
            <p><span class="speaker-label">{ "已用时间" }</span><span class="speaker-time">{ clock_face(elapsed) }</span></p>
            <p><span class="speaker-label">{ "当前时间" }</span><span class="speaker-time">{ clock.time_of_day.clone() }</span></p>
            <p class="speaker-target">
                <label class="speaker-label" for="speaker-target">{ "目标时长（分钟）" }</label>
                <input id="speaker-target" type="number" inputmode="numeric" min="1" max={MOST_TALK_MINUTES.to_string()}
                    step="1" value={(*target_text).clone()} oninput={on_target} />
                <button type="button" class="deck-control" onclick={restart}>{ "重新计时" }</button>
            </p>
            { match pace {
                Some(p) => html! {
                    <p class={classes!("speaker-pace", p.pace.class())}>
                        <strong class="speaker-pace-words">{ p.pace.words() }</strong>
                        <span class="speaker-time">{ time_left_text(p.left_seconds) }</span>
                        <span class="speaker-pace-expected">{ format!("按时长应讲到第{}张", p.expected_slide) }</span>
                    </p>
                },
                None => html! { <p class="speaker-pace">{ "填写目标时长，即可看到进度是否按时。" }</p> },
            } }
        </section>
    }
}
