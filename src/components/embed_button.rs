//! 嵌入: opens the embed dialog for one block. Shown only where the page offers embedding (the
//! report page provides an [`EmbedOpener`]); embed pages themselves render nothing here.

use std::rc::Rc;
use yew::prelude::*;

/// Provided by the report page: opens the 嵌入 dialog for a block id.
#[derive(Clone, PartialEq)]
pub struct EmbedOpener(pub Callback<Rc<str>>);

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The block's id (`embed/<id>/`).
    pub block: Rc<str>,
    /// The block's title, for the button's accessible name.
    pub title: AttrValue,
}

#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let Some(EmbedOpener(open)) = use_context::<EmbedOpener>() else {
        return Html::default();
    };
    let onclick = {
        let block = props.block.clone();
        open.reform(move |_: MouseEvent| block.clone())
    };
    html! {
        <button type="button" class="button embed-open" aria-haspopup="dialog"
            aria-label={format!("嵌入：{}", props.title)} {onclick}>{ "嵌入" }</button>
    }
}
