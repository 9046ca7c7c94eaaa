//! `./present/speaker/`: what the presenter sees on a second screen: the current slide, the next,
//! the notes (the report's own text for the slide), the time since the view opened and the clock.
//! It shares the deck's state machine and keeps in step with it both ways.

use crate::components::SpeakerClock;
use crate::model::{share_path, slide_share_fragment, Slide};
use yew::prelude::*;

/// The speaker view's layout around the two slides `PresentPage` renders.
pub fn speaker_view(deck: &[Slide], current: usize, now: Option<Html>, next: Option<Html>, status: String) -> Html {
    let notes = deck.get(current).map(|s| s.notes.clone()).unwrap_or_default();
    html! {
        <main id="main" class="speaker">
            <h1 class="visually-hidden">{ "演讲者视图" }</h1>
            <section class="speaker-now" aria-label="当前幻灯片">
                <div class="slide-frame">{ now.unwrap_or_default() }</div>
            </section>
            <section class="speaker-next" aria-label="下一张">
                <h2 class="speaker-heading">{ "下一张" }</h2>
                <div class="slide-frame">{ next.unwrap_or_else(|| html! { <p class="speaker-end">{ "（最后一张）" }</p> }) }</div>
            </section>
            <section class="speaker-notes" aria-labelledby="speaker-notes-heading">
                <h2 id="speaker-notes-heading" class="speaker-heading">{ format!("备注 · {} / {}", current + 1, deck.len()) }</h2>
                if notes.is_empty() {
                    <p>{ "（本页无备注）" }</p>
                }
                { for notes.iter().map(|n| html! { <p>{ n.to_string() }</p> }) }
                <p><a class="speaker-share" href={format!("../../{}", share_path(&slide_share_fragment(current)))}>{ "分享本页" }</a></p>
            </section>
            <SpeakerClock />
            <p class="visually-hidden" role="status">{ status }</p>
        </main>
    }
}
