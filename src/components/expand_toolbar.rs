//! 展开全部 / 收起全部: open or close every section at once, announced to screen readers. Before the
//! app runs, the page's first script does the same for a tap on either (their `data-details`), and
//! the app adopts the sections as it finds them.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExpandToolbarProps {
    pub onexpandall: Callback<()>,
    pub oncollapseall: Callback<()>,
}

#[component]
pub fn ExpandToolbar(props: &ExpandToolbarProps) -> Html {
    let status = use_state(|| "");
    let action = |callback: &Callback<()>, message: &'static str| {
        let callback = callback.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            callback.emit(());
            status.set(message);
        })
    };
    html! {
        <div class="expand-toolbar" role="group" aria-label="展开或收起各部分">
            <button type="button" class="button" data-details="open" onclick={action(&props.onexpandall, "已展开全部内容")}>{ "展开全部" }</button>
            <button type="button" class="button" data-details="close" onclick={action(&props.oncollapseall, "已收起全部内容")}>{ "收起全部" }</button>
            <span class="visually-hidden" role="status">{ *status }</span>
        </div>
    }
}
