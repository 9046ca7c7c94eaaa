//! Shown instead of the report when the embedded data cannot be read: a message, never a blank page.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorNoticeProps {
    pub message: AttrValue,
}

#[component]
pub fn LoadErrorNotice(props: &LoadErrorNoticeProps) -> Html {
    html! {
        <main id="main" class="notice" role="alert">
            <h1>{ "报告数据无法读取" }</h1>
            <p>{ "请稍后刷新重试。" }</p>
            <p class="error-detail">{ props.message.clone() }</p>
        </main>
    }
}
