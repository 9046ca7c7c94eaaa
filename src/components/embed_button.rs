//! 嵌入 and 分享: opens the embed dialog for one block, and links its share page. Shown only where the page offers embedding (the
//! report page provides an [`EmbedOpener`]); embed pages themselves render nothing here.

use crate::model::{chart_id_of_anchor, share_path};
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
    /// The block's fragment in the report (`area-1`, `chart-<id>`, `key-figures`): a 分享 link to
    /// its share page follows the button.
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
    match (use_context::<EmbedOpener>(), chart_id) {
        (Some(_), Some(chart_id)) => html! {
            <p class="embed-action">
                <EmbedButton block={Rc::<str>::from(chart_id)} title={props.title.clone()} share={props.anchor.clone()}
                    share_label="下载／分享" />
            </p>
        },
        _ => Html::default(),
    }
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
        <>
            <button type="button" class="button embed-open" aria-haspopup="dialog"
                aria-label={format!("嵌入：{}", props.title)} {onclick}>{ "嵌入" }</button>
            <a class="button share-open" href={share_path(&props.share)}
                aria-label={format!("{}：{}", props.share_label, props.title)}>{ props.share_label.clone() }</a>
        </>
    }
}
