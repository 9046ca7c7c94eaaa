//! `./embed/<id>/`: one block of the report for an iframe in a news page: expanded, without page
//! chrome, with a link to the full report at that block. Once running, it tells the host page its
//! height (Pym.js, Datawrapper, Flourish-style, AMP) whenever that changes.

use crate::components::{chart_block, section_heading, KeyFigures, SectionBody};
use crate::data::Report;
use crate::model::{chart_views, embed_block, report_link, tile, BlockKind};
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element whose height is the embed's height.
pub const EMBED_ROOT_ID: &str = "embed-root";

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub report: Rc<Report>,
    /// The block's id (`embed/<id>/`).
    pub block: Rc<str>,
}

#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    {
        let block = props.block.clone();
        use_effect_with((), move |_| {
            let sizing = platform::embed_sizing(EMBED_ROOT_ID, &block);
            // A tier chosen on the report page applies here too; the new height is then sent.
            let preferences = platform::on_preferences_stored(platform::apply_preferences);
            platform::mark_ready();
            move || {
                let _unsubscribe = (sizing, preferences);
            }
        });
    }
    let report = &props.report;
    let Some(block) = embed_block(report, &props.block) else {
        return html! { <main id="main" class="embed"><p>{ "没有找到要嵌入的内容。" }</p></main> };
    };
    let depth = crate::view::View::Embed(block.id.clone()).depth();
    let report_url = AttrValue::from(report_link(report.site.public_url.as_deref(), depth));
    let content = match block.kind {
        BlockKind::KeyFigures => html! { <KeyFigures report={report.clone()} report_url={report_url.clone()} /> },
        BlockKind::Section => html! {
            <section class="embed-section" aria-labelledby="embed-heading">
                { match tile(report, &block.id) {
                    Some(tile) => section_heading(&tile, 2, Some("embed-heading")),
                    None => html! { <h2 id="embed-heading" class="part-heading">{ block.title.to_string() }</h2> },
                } }
                <SectionBody report={report.clone()} section_id={block.id.clone()} heading_level={2}
                    report_url={report_url.clone()} />
            </section>
        },
        BlockKind::Chart => chart_views(report)
            .iter()
            .find(|v| v.chart.id == block.id)
            .map(|view| chart_block(view, &report_url))
            .unwrap_or_default(),
    };
    html! {
        <main id="main" class="embed">
            <div id={EMBED_ROOT_ID} class="embed-root">
                <h1 class="embed-kicker">{ report.meta.title.to_string() }</h1>
                { content }
                <p class="embed-more">
                    <a href={format!("{report_url}#{}", block.anchor)} target="_blank" rel="noopener">{ "查看完整报告" }</a>
                </p>
            </div>
        </main>
    }
}
