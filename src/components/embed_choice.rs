//! One way to embed a block in the share page's 嵌入 section: its name, when to use it, the code
//! (shown from its start) and a copy button whose confirmation appears beside it and is announced.

use super::copy_on_click;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedChoiceProps {
    /// Names the code's field (`embed-code-<key>`).
    pub key_name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub code: AttrValue,
}

#[component]
pub fn EmbedChoice(props: &EmbedChoiceProps) -> Html {
    let status = use_state_eq(String::new);
    {
        // A new code (the height measured after a copy): its confirmation no longer holds.
        let status = status.clone();
        use_effect_with(props.code.clone(), move |_| status.set(String::new()));
    }
    let field_id = format!("embed-code-{}", props.key_name);
    let label_id = format!("{field_id}-label");
    let onclick = copy_on_click(
        status.clone(),
        props.code.to_string(),
        field_id.clone(),
        format!("已复制“{}”代码", props.label),
        "代码",
    );
    html! {
        <section class="embed-choice" aria-labelledby={label_id.clone()}>
            <h4 id={label_id.clone()} class="embed-choice-title">{ props.label }</h4>
            <p class="embed-choice-hint">{ props.hint }</p>
            <textarea id={field_id} class="embed-code" readonly=true rows="5" value={props.code.clone()}
                aria-labelledby={label_id} />
            <p class="embed-copy">
                <button type="button" class="button" {onclick}>{ "复制代码" }</button>
                <span class="embed-status" role="status">{ (*status).clone() }</span>
            </p>
        </section>
    }
}
