//! The 嵌入 dialog: copy-ready code for one block (loader and `<div>`, plain iframe, Pym.js), a
//! copy button per snippet with visible and announced confirmation, and a live preview.

use super::copy_on_click;
use crate::model::{embed_snippets, Model};
use crate::platform;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

const DIALOG_ID: &str = "embed-dialog";

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub model: Model,
    /// The block being embedded; `None` while the dialog is closed.
    pub block: Option<Rc<str>>,
    pub onclose: Callback<()>,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let status = use_state_eq(String::new);
    {
        let status = status.clone();
        use_effect_with(props.block.clone(), move |block| {
            status.set(String::new());
            if block.is_some() {
                platform::show_dialog(DIALOG_ID);
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
        let snippets = embed_snippets(&base, block, &crate::data::loader_pin());
        let choices = [
            ("loader", "自动适应高度（推荐）", "在正文中粘贴以下代码；同一页面可放多个，脚本只需加载一次。", snippets.loader),
            ("iframe", "固定高度的 iframe", "适用于会删除脚本的内容管理系统；高度固定，内容较长时可在框内滚动。", snippets.iframe),
            ("pym", "Pym.js", "适用于已加载 Pym.js 的页面。", snippets.pym),
        ];
        let choices = choices.into_iter().map(|(key, label, hint, code)| {
            let field_id = format!("embed-code-{key}");
            let onclick = copy_on_click(status.clone(), code.clone(), field_id.clone(), format!("已复制“{label}”代码"), "代码");
            html! {
                <section class="embed-choice" aria-labelledby={format!("{field_id}-label")}>
                    <h3 id={format!("{field_id}-label")} class="embed-choice-title">{ label }</h3>
                    <p class="embed-choice-hint">{ hint }</p>
                    <textarea id={field_id.clone()} class="embed-code" readonly=true rows="5" value={code}
                        aria-labelledby={format!("{field_id}-label")} />
                    <button type="button" class="button" {onclick}>{ "复制代码" }</button>
                </section>
            }
        });
        html! {
            <>
                <h2 id="embed-dialog-title" class="dialog-title">{ format!("嵌入：{}", block.title) }</h2>
                { for choices }
                <p class="embed-status" role="status">{ (*status).clone() }</p>
                <h3 class="embed-choice-title">{ "预览" }</h3>
                <iframe class="embed-preview" src={format!("./embed/{}/", block.id)} title={format!("预览：{}", block.title)}
                    height={block.kind.fallback_height().min(480).to_string()} loading="lazy"></iframe>
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
