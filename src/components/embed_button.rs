//! 嵌入 and 分享: two links to one block's share page, the first leading with its embed code (the
//! code is made there, in the share page's bundle, so the report page carries none of it). Shown
//! only where the page offers embedding (the report page provides [`OffersEmbedding`]); embed pages
//! themselves render nothing here.

use crate::model::{chart_id_of_anchor, embed_path, share_path};
use yew::prelude::*;

/// Provided by the report page: its blocks link their embed code and share page.
#[derive(Clone, PartialEq)]
pub struct OffersEmbedding;

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The block's title, for the links' accessible names.
    pub title: AttrValue,
    /// The block's fragment in the report (`area-1`, `chart-<id>`, `key-figures`), which names it on
    /// its share page.
    pub share: AttrValue,
    /// The share link's text (a section's page also makes its picture: 分享／生成图片).
    #[prop_or(AttrValue::Static("分享"))]
    pub share_label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ChartActionsProps {
    /// The chart's element id, `chart-<id>`.
    pub anchor: AttrValue,
    pub title: AttrValue,
}

/// A chart's actions on the report page: 嵌入, and 下载／分享, whose page offers the PNG, SVG and
/// CSV files with the link, QR code and pictures. Nothing elsewhere.
#[component]
pub fn ChartActions(props: &ChartActionsProps) -> Html {
    let chart_id = chart_id_of_anchor(&props.anchor);
    match (use_context::<OffersEmbedding>(), chart_id) {
        (Some(_), Some(_)) => html! {
            <p class="embed-action">
                <EmbedButton title={props.title.clone()} share={props.anchor.clone()} share_label="下载／分享" />
            </p>
        },
        _ => Html::default(),
    }
}

#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    if use_context::<OffersEmbedding>().is_none() {
        return Html::default();
    }
    html! {
        <>
            <a class="button embed-open" href={embed_path(&props.share)}
                aria-label={format!("嵌入：{}", props.title)}>{ "嵌入" }</a>
            <a class="button share-open" href={share_path(&props.share)}
                aria-label={format!("{}：{}", props.share_label, props.title)}>{ props.share_label.clone() }</a>
        </>
    }
}
