//! 朗读's row in 长辈模式's dialog: read the words the reader selected, from where the reader is, 指读 (what the reader points at
//! is read), and 语速; where the browser has no Chinese voice, what to do instead, in plain words.

use crate::model::{ReadAloud, ReadAloudAction, SpeechRate, NO_VOICE};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadAloudControlsProps {
    pub state: ReadAloud,
    /// Whether a Chinese voice runs on this device.
    pub can_read: bool,
    pub dispatch: Callback<ReadAloudAction>,
    /// 从当前位置朗读 pressed.
    pub onread: Callback<()>,
    /// 朗读选中的文字, where the reader had selected words as the dialog opened.
    #[prop_or_default]
    pub onreadselection: Option<Callback<()>>,
}

#[component]
pub fn ReadAloudControls(props: &ReadAloudControlsProps) -> Html {
    if !props.can_read {
        return html! {
            <div class="option-row speech-controls" role="group" aria-labelledby="speech-label">
                <span id="speech-label" class="option-label">{ "朗读" }</span>
                <p class="speech-unavailable">{ NO_VOICE }</p>
            </div>
        };
    }
    let act = |action: ReadAloudAction| props.dispatch.reform(move |_: MouseEvent| action);
    let rates = SpeechRate::ALL
        .into_iter()
        .map(|rate| {
            html! {
                <button type="button" class="button option" aria-pressed={(props.state.rate == rate).to_string()}
                    onclick={act(ReadAloudAction::SetRate(rate))}>{ rate.label() }</button>
            }
        })
        .collect::<Html>();
    html! {
        <>
            <div class="option-row speech-controls" role="group" aria-labelledby="speech-label">
                <span id="speech-label" class="option-label">{ "朗读" }</span>
                if let Some(onreadselection) = &props.onreadselection {
                    <button type="button" class="button option" onclick={onreadselection.reform(|_: MouseEvent| ())}>
                        { "朗读选中的文字" }
                    </button>
                }
                <button type="button" class="button option" onclick={props.onread.reform(|_: MouseEvent| ())}>
                    { "从当前位置朗读" }
                </button>
                <button type="button" class="button option" aria-pressed={props.state.pointing.to_string()}
                    aria-describedby="pointing-hint" onclick={act(ReadAloudAction::TogglePointing)}>
                    { "指读" }
                </button>
                <span id="pointing-hint" class="option-hint">{ "开启后，点一段从这段读下去；鼠标停在一段上，读这一段。" }</span>
            </div>
            <div class="option-row" role="group" aria-labelledby="speech-rate-label">
                <span id="speech-rate-label" class="option-label">{ "语速" }</span>
                { rates }
            </div>
        </>
    }
}
