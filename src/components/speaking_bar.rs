//! The row shown while 朗读 reads: what it is doing, 暂停/继续 and 停止, as a second row of the
//! sticky top bar (over no text), until the reading ends or is stopped.

use crate::model::{ReadAloud, ReadAloudAction, SpeechStatus};
use crate::platform;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpeakingBarProps {
    pub state: ReadAloud,
    pub dispatch: Callback<ReadAloudAction>,
}

#[component]
pub fn SpeakingBar(props: &SpeakingBarProps) -> Html {
    let Some(label) = props.state.bar_label() else {
        return html! {};
    };
    let pause = props.dispatch.reform(|_: MouseEvent| {
        platform::pause_or_resume();
        ReadAloudAction::PauseOrResume
    });
    let stop = props.dispatch.reform(|_: MouseEvent| {
        platform::stop_speaking();
        ReadAloudAction::Ended
    });
    let paused = props.state.status == SpeechStatus::Paused;
    html! {
        <div class="speaking-bar" role="region" aria-label="朗读">
            <span class="speaking-label" role="status">{ label }</span>
            <button type="button" class="button" onclick={pause}>{ if paused { "继续" } else { "暂停" } }</button>
            <button type="button" class="button" onclick={stop}>{ "停止" }</button>
        </div>
    }
}
