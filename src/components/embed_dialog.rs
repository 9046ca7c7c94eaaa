//! The 嵌入 dialog: copy-ready code for one block (loader and `<div>`, plain iframe, Pym.js), a
//! copy button per snippet with visible and announced confirmation beside it, and a live preview
//! at a phone's width, whose reported height is the plain iframe's height.

use super::EmbedChoice;
use crate::model::{embed_snippets, Model};
use crate::platform;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

const DIALOG_ID: &str = "embed-dialog";
const PREVIEW_ID: &str = "embed-preview";
/// The tallest the preview is shown (it loads at once, not lazily: its height is the code's).
const PREVIEW_MOST: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub model: Model,
    /// The block being embedded; `None` while the dialog is closed.
    pub block: Option<Rc<str>>,
    pub onclose: Callback<()>,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    // The block's height at the preview's phone width, as its page reports it.
    let measured = use_state_eq(|| None::<u32>);
    {
        let measured = measured.clone();
        use_effect_with(props.block.clone(), move |block| {
            measured.set(None);
            let heights = block.as_deref().map(|block| {
                platform::show_dialog(DIALOG_ID);
                let measured = measured.clone();
                platform::frame_heights(PREVIEW_ID, block, move |height| measured.set(Some(height)))
            });
            move || {
                let _unsubscribe = heights;
            }
        });
    }
    let onclose = props.onclose.reform(|_: Event| ());
    let close = Callback::from(|_: MouseEvent| platform::close_dialog(DIALOG_ID));
    let keep_focus = Callback::from(|e: KeyboardEvent| platform::keep_focus_inside(&e, DIALOG_ID));
    let block = props.block.as_deref().and_then(|id| props.model.block(id));
    let body = block.map(|block| {
        let here = platform::page_folder();
        let base = props.model.address(&View::Report, here.as_deref()).unwrap_or_default();
        let height = measured.unwrap_or_else(|| block.kind.fallback_height());
        let snippets = embed_snippets(&base, block, &crate::data::loader_pin(), height);
        let choices = [
            ("loader", "自动适应高度（推荐）", "在正文中粘贴以下代码；同一页面可放多个，脚本只需加载一次。", snippets.loader),
            ("iframe", "固定高度的 iframe", "适用于会删除脚本的内容管理系统；高度按手机上的内容定好，内容较长时可在框内滚动。", snippets.iframe),
            ("pym", "Pym.js", "适用于已加载 Pym.js 的页面。", snippets.pym),
        ];
        let choices = choices.into_iter().enumerate().map(|(n, (key_name, label, hint, code))| {
            html! { <EmbedChoice key={key_name} {key_name} {label} {hint} code={AttrValue::from(code)} first={n == 0} /> }
        });
        // Whole up to a screen's height; a longer block scrolls inside the preview.
        let preview_height = measured.unwrap_or(PREVIEW_MOST).min(PREVIEW_MOST);
        html! {
            <>
                <h2 id="embed-dialog-title" class="dialog-title">{ format!("嵌入：{}", block.title) }</h2>
                { for choices }
                <h3 class="embed-choice-title">{ "预览（手机宽度）" }</h3>
                <iframe id={PREVIEW_ID} class="embed-preview" src={format!("./embed/{}/", block.id)} title={format!("预览：{}", block.title)}
                    height={preview_height.to_string()}></iframe>
            </>
        }
    });
    html! {
        <dialog id={DIALOG_ID} class="embed-dialog" aria-labelledby="embed-dialog-title" {onclose} onkeydown={keep_focus}>
            { body.unwrap_or_default() }
            <button type="button" class="button dialog-close" onclick={close}>{ "关闭" }</button>
        </dialog>
    }
}
