//! 嵌入 and 分享: two links to one block's share page, the first leading with its embed code (the
//! code is made there, in the share page's bundle, so the report page carries none of it). Only on
//! the report page: a block shown on an embed page (whose `report_url` names the report it comes
//! from) links the full report instead. View functions, not components: they have no state, and
//! each component costs the report's wasm its lifecycle code.

use crate::model::{chart_id_of_anchor, embed_path, share_path};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct EmbedButtonProps {
    /// The block's title, for the links' accessible names.
    pub title: AttrValue,
    /// The block's fragment in the report (`area-1`, `chart-<id>`, `key-figures`), which names it on
    /// its share page.
    pub share: AttrValue,
    /// The share link's text (a section's page also makes its picture: 分享／生成图片).
    pub share_label: AttrValue,
}

#[derive(PartialEq)]
pub struct ChartActionsProps {
    /// The chart's element id, `chart-<id>`.
    pub anchor: AttrValue,
    pub title: AttrValue,
    /// Where the chart stands: empty on the report page, the report's address on an embed page.
    pub report_url: AttrValue,
}

/// A chart's actions on the report page: 嵌入, and 下载／分享, whose page offers the PNG, SVG and
/// CSV files with the link, QR code and pictures. Nothing on an embed page.
pub fn chart_actions(props: &ChartActionsProps) -> Html {
    if !props.report_url.is_empty() || chart_id_of_anchor(&props.anchor).is_none() {
        return Html::default();
    }
    html! {
        <p class="embed-action">
            { embed_button(&EmbedButtonProps { title: props.title.clone(), share: props.anchor.clone(), share_label: "下载／分享".into() }) }
        </p>
    }
}

/// The two links; for a block on the report page.
pub fn embed_button(props: &EmbedButtonProps) -> Html {
    html! {
        <>
            <a class="button embed-open" href={embed_path(&props.share)}
                aria-label={format!("嵌入：{}", props.title)}>{ "嵌入" }</a>
            <a class="button share-open" href={share_path(&props.share)}
                aria-label={format!("{}：{}", props.share_label, props.title)}>{ props.share_label.clone() }</a>
        </>
    }
}
