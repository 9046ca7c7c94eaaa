//! 展开全部 / 收起全部: open or close every section at once.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExpandToolbarProps {
    pub onexpandall: Callback<()>,
    pub oncollapseall: Callback<()>,
}

#[component]
pub fn ExpandToolbar(props: &ExpandToolbarProps) -> Html {
    html! {
        <div class="expand-toolbar" role="group" aria-label="展开或收起各部分">
            <button type="button" class="button" onclick={props.onexpandall.reform(|_| ())}>{ "展开全部" }</button>
            <button type="button" class="button" onclick={props.oncollapseall.reform(|_| ())}>{ "收起全部" }</button>
        </div>
    }
}
