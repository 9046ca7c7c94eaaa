//! `./embed/<id>/`: one block of the report for an iframe in a news page: expanded, without page
//! chrome, with a link to the full report at that block. Once running, it tells the host page its
//! height (Pym.js, Datawrapper, Flourish-style, AMP) whenever that changes.

use crate::components::{chart_block, key_figures, section_body, section_heading, KeyFiguresProps, SectionBodyProps};
use crate::model::{BlockKind, Model};
use crate::platform;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element whose height is the embed's height.
pub const EMBED_ROOT_ID: &str = "embed-root";

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub model: Model,
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
    let model = &props.model;
    let report = model.report();
    let Some(block) = model.block(&props.block) else {
        return html! { <main id="main" class="embed"><p>{ "没有找到要嵌入的内容。" }</p></main> };
    };
    let report_url = AttrValue::from(model.link(&View::Embed(block.id.clone())));
    let content = match block.kind {
        BlockKind::KeyFigures => key_figures(&KeyFiguresProps {
            model: model.clone(),
            report_url: report_url.clone(),
        }),
        BlockKind::Section => html! {
            <section class="embed-section" aria-labelledby="embed-heading">
                { match model.tile(&block.id) {
                    Some(tile) => section_heading(tile, 2, Some("embed-heading")),
                    None => html! { <h2 id="embed-heading" class="part-heading">{ block.title.to_string() }</h2> },
                } }
                if let Some(section) = model.section(&block.id) {
                    { section_body(&SectionBodyProps {
                        model: model.clone(),
                        section: section.id.clone(),
                        heading_level: 2,
                        report_url: report_url.clone(),
                    }) }
                }
            </section>
        },
        BlockKind::Chart => model
            .chart(&block.id)
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
