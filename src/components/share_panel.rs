//! 分享: one target's link with a copy button (visible and announced confirmation), the system's
//! share sheet where the browser has one, and a QR code of the link.

use super::{copy_on_click, qr_code_image, QrCodeProps};
use crate::platform;
use yew::prelude::*;

const URL_FIELD_ID: &str = "share-url";

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The report's words that name the target.
    pub title: AttrValue,
    /// The target's address; empty where the page has none to share (opened from a file).
    pub url: AttrValue,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let status = use_state_eq(String::new);
    let can_share = use_state_eq(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(platform::can_web_share()));
    }
    {
        let status = status.clone();
        use_effect_with(props.url.clone(), move |_| status.set(String::new()));
    }
    if props.url.is_empty() {
        return html! {
            <section class="share-panel" aria-labelledby="share-link-heading">
                <h3 id="share-link-heading" class="share-heading">{ "链接" }</h3>
                <p>{ "此页面由本地文件打开，没有可分享的网址。" }</p>
            </section>
        };
    }
    let oncopy = copy_on_click(
        status.clone(),
        props.url.to_string(),
        URL_FIELD_ID.to_owned(),
        "链接已复制".to_owned(),
        "链接",
    );
    let onshare = {
        let (status, url, title) = (status.clone(), props.url.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, url, title) = (status.clone(), url.clone(), title.clone());
            yew::platform::spawn_local(async move {
                if let Err(message) = platform::web_share(&title, &url).await {
                    status.set(message);
                }
            });
        })
    };
    html! {
        <section class="share-panel" aria-labelledby="share-link-heading">
            <h3 id="share-link-heading" class="share-heading">{ "链接" }</h3>
            <textarea id={URL_FIELD_ID} class="share-url" readonly=true rows="2" value={props.url.clone()}
                aria-labelledby="share-link-heading" />
            <p class="share-buttons">
                <button type="button" class="button button-primary" onclick={oncopy}>{ "复制链接" }</button>
                if *can_share {
                    <button type="button" class="button" onclick={onshare}>{ "系统分享" }</button>
                }
            </p>
            <p class="share-status" role="status">{ (*status).clone() }</p>
            <figure class="share-qr">
                { qr_code_image(&QrCodeProps { text: props.url.clone(), label: format!("二维码：{}", props.title).into() }) }
                <figcaption>{ "用手机扫码打开" }</figcaption>
            </figure>
        </section>
    }
}
