//! The speaker view's clocks: time since the view opened, and the time of day.

use crate::platform;
use yew::prelude::*;

#[component]
pub fn SpeakerClock() -> Html {
    let now = use_state(|| None::<(u64, String)>);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let started = platform::now_seconds();
            let tick = move || {
                now.set(Some((
                    platform::now_seconds().saturating_sub(started),
                    platform::clock_text(),
                )))
            };
            tick();
            let timer = platform::every_second(tick);
            move || {
                let _stop = timer;
            }
        });
    }
    let (elapsed, clock) = (*now).clone().unwrap_or_default();
    html! {
        <section class="speaker-clock" aria-label="计时">
            <p><span class="speaker-label">{ "已用时间" }</span>
                <span class="speaker-time">{ format!("{:02}:{:02}", elapsed / 60, elapsed % 60) }</span></p>
            <p><span class="speaker-label">{ "当前时间" }</span><span class="speaker-time">{ clock }</span></p>
        </section>
    }
}
