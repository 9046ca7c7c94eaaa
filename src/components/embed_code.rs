//! The share page's 嵌入 section for one block: copy-ready code (loader and `<div>`, plain iframe,
//! Pym.js), a copy button per snippet with visible and announced confirmation beside it, and a live
//! preview at a phone's width, whose reported height is the plain iframe's height. On the share
//! page, not the report page: the report's 嵌入 links here, so the report's bundle carries none of
//! this code.

use super::EmbedChoice;
use crate::model::{embed_snippets, EmbedBlock};
use crate::platform;
use yew::prelude::*;

/// The section's id and its heading's (the page focuses the heading when it leads with it).
pub const EMBED_CODE_ID: &str = "embed-code";
pub const EMBED_CODE_HEADING_ID: &str = "embed-code-heading";
const PREVIEW_ID: &str = "embed-preview";
/// The tallest the preview is shown (it loads at once, not lazily: its height is the code's).
const PREVIEW_MOST: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub block: EmbedBlock,
    /// The report's address (its folder, ending in `/`); empty where the page does not know it
    /// (opened from a file), and then there is no code to give.
    pub base: AttrValue,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    // The block's height at the preview's phone width, as its page reports it.
    let measured = use_state_eq(|| None::<u32>);
    {
        let measured = measured.clone();
        use_effect_with(props.block.id.clone(), move |block| {
            measured.set(None);
            let measured = measured.clone();
            let heights = platform::frame_heights(PREVIEW_ID, block, move |height| measured.set(Some(height)));
            move || {
                let _unsubscribe = heights;
            }
        });
    }
    let block = &props.block;
    let choices = (!props.base.is_empty()).then(|| {
        let height = measured.unwrap_or_else(|| block.kind.fallback_height());
        let snippets = embed_snippets(&props.base, block, &crate::data::loader_pin(), height);
        let choices = [
            (
                "loader",
                "自动适应高度（推荐）",
                "在正文中粘贴以下代码；同一页面可放多个，脚本只需加载一次。",
                snippets.loader,
            ),
            (
                "iframe",
                "固定高度的 iframe",
                "适用于会删除脚本的内容管理系统；高度按手机上的内容定好，内容较长时可在框内滚动。",
                snippets.iframe,
            ),
            ("pym", "Pym.js", "适用于已加载 Pym.js 的页面。", snippets.pym),
        ];
        html! {
            <>{ for choices.into_iter().map(|(key_name, label, hint, code)| html! {
                <EmbedChoice key={key_name} {key_name} {label} {hint} code={AttrValue::from(code)} />
            }) }</>
        }
    });
    // Whole up to a screen's height; a longer block scrolls inside the preview.
    let preview_height = measured.unwrap_or(PREVIEW_MOST).min(PREVIEW_MOST);
    html! {
        <section id={EMBED_CODE_ID} class="share-embed" aria-labelledby={EMBED_CODE_HEADING_ID}>
            <h3 id={EMBED_CODE_HEADING_ID} class="share-heading" tabindex="-1">{ "嵌入到网页" }</h3>
            { choices.unwrap_or_else(|| html! {
                <p class="embed-choice-hint">{ "从网站上打开这一页，才能生成嵌入代码。" }</p>
            }) }
            <h4 class="embed-choice-title">{ "预览（手机宽度）" }</h4>
            <iframe id={PREVIEW_ID} class="embed-preview" src={format!("../embed/{}/", block.id)}
                title={format!("预览：{}", block.title)} height={preview_height.to_string()}></iframe>
        </section>
    }
}
