//! `./share/#<fragment>`: share one part of the report (a section, an item with a figure, a chart,
//! the key figures, a slide) or the whole of it: its link, copy, QR code, the system's share sheet,
//! and pictures for WeChat; for a block that can be embedded, its embed code too, first when the
//! report's 嵌入 led here (`share/?embed#<fragment>`). Its own bundle, so the report page carries
//! none of this code.

use crate::charts::ChartSpec;
use crate::components::{
    site_header, use_report_address, ChartExport, EmbedCode, PictureMaker, ReadingToolbar, SharePanel, SiteFooter,
    SiteHeaderProps, EMBED_CODE_HEADING_ID,
};
use crate::model::{chart_anchor, share_target, wants_embed, Model, Picture, ShareTarget};
use crate::platform;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub model: Model,
}

#[component]
pub fn SharePage(props: &SharePageProps) -> Html {
    let model = props.model.clone();
    let report = model.report();
    // Prerendered for the whole report; the fragment is read once running.
    let target = use_state_eq(|| ShareTarget::report(&model));
    // The configured public address, else the one this page was loaded from (known once running,
    // and only as served at `…/share/`: opened another way, it has no address to share).
    let base = use_report_address(&model, Some(View::Share));
    // Whether the report's 嵌入 led here: the embed code first, its heading focused.
    let embed_first = use_state_eq(|| false);
    {
        let (model, target) = (model.clone(), target.clone());
        let embed_first = embed_first.clone();
        use_effect_with((), move |_| {
            target.set(share_target(&model, &platform::fragment()));
            embed_first.set(wants_embed(&platform::query()));
            let subscription = platform::on_hash_change(move |fragment| target.set(share_target(&model, &fragment)));
            platform::mark_ready();
            move || {
                let _unsubscribe = subscription;
            }
        });
    }
    let url = if base.is_empty() {
        String::new()
    } else {
        target.url(&base)
    };
    // Named by the item's words, or the section's heading.
    let picture = target.picture.clone().and_then(|picture| {
        let words = match &picture {
            Picture::Item(_) => target.title.clone(),
            Picture::Section(id) => model.section(id)?.heading.clone(),
        };
        Some((picture, words))
    });
    let embed = target.block(&model).map(|block| {
        html! { <EmbedCode block={block.clone()} base={AttrValue::from(base.clone())} /> }
    });
    {
        let leads = *embed_first && embed.is_some();
        use_effect_with(leads, |&leads| {
            if leads {
                platform::focus_into_view(EMBED_CODE_HEADING_ID);
            }
        });
    }
    let (embed_before, embed_after) = if *embed_first { (embed, None) } else { (None, embed) };
    let meta = &report.meta;
    // A chart's files: PNG (2×), SVG and CSV, drawn in this page's theme (read from the wrapper).
    let downloads = model
        .charts()
        .iter()
        .find(|v| chart_anchor(&v.id) == target.fragment)
        .map(|view| {
            let (id, title) = (
                AttrValue::from(target.fragment.clone()),
                AttrValue::from(view.chart.title.to_string()),
            );
            html! {
                <section id={id.clone()} class="share-downloads" aria-labelledby="download-heading">
                    <h3 id="download-heading" class="share-heading">{ "下载" }</h3>
                    <ChartExport {id} {title} source={meta.sources.join("、")} spec={ChartSpec::from_view(view)} />
                </section>
            }
        });
    html! {
        <>
            <a class="skip-link" href="#main">{ "跳到正文" }</a>
            <ReadingToolbar />
            { site_header(&SiteHeaderProps { banner: meta.banner.clone(), title: meta.title.clone(), issued: report.site.issued() }) }
            <main id="main" class="share-page" tabindex="-1">
                <h2 class="part-heading">{ "分享" }</h2>
                <blockquote class="share-target">{ target.title.to_string() }</blockquote>
                <p><a href={format!("{}{}", model.link(&View::Share), target.path)}>{ "返回报告" }</a></p>
                { embed_before.unwrap_or_default() }
                { downloads.unwrap_or_default() }
                <SharePanel title={target.title.to_string()} url={url} />
                <PictureMaker model={model.clone()} {picture} address={(!base.is_empty()).then(|| base.clone())} />
                { embed_after.unwrap_or_default() }
            </main>
            <SiteFooter model={model.clone()} />
        </>
    }
}
