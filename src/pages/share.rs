//! `./share/#<fragment>`: share one part of the report (a section, an item with a figure, a chart,
//! the key figures, a slide) or the whole of it: its link, copy, QR code, the system's share sheet,
//! and pictures for WeChat. Its own bundle, so the report page carries none of this code.

use crate::charts::ChartSpec;
use crate::components::{ChartExport, PictureMaker, ReadingToolbar, SharePanel, SiteFooter, SiteHeader};
use crate::data::Report;
use crate::model::{chart_anchor, chart_views, report_address, share_target, Preferences, ShareTarget};
use crate::platform;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub report: Rc<Report>,
}

#[component]
pub fn SharePage(props: &SharePageProps) -> Html {
    let report = props.report.clone();
    // Prerendered for the whole report; the fragment is read once running.
    let target = use_state_eq(|| ShareTarget::report(&report));
    // The configured public address, else the one this page was loaded from (known once running).
    let base = use_state_eq(|| report.site.public_url.as_deref().map(str::to_owned));
    // 长辈模式 as on the report page: read once running, written by the change itself.
    let preferences = use_state_eq(Preferences::default);
    let onpreferences = {
        let preferences = preferences.clone();
        Callback::from(move |chosen: Preferences| {
            platform::apply_preferences(chosen);
            preferences.set(chosen);
        })
    };
    {
        let (report, target, base, preferences) = (report.clone(), target.clone(), base.clone(), preferences.clone());
        use_effect_with((), move |_| {
            preferences.set(platform::read_preferences());
            if base.is_none() {
                // Only as served at `…/share/` (opened another way, it has no address to share).
                let here = platform::page_folder().filter(|folder| folder.ends_with("/share/"));
                base.set(report_address(None, here.as_deref(), View::Share.depth()));
            }
            target.set(share_target(&report, &platform::fragment()));
            let subscription = platform::on_hash_change(move |fragment| target.set(share_target(&report, &fragment)));
            platform::mark_ready();
            move || {
                let _unsubscribe = subscription;
            }
        });
    }
    let url = base.as_deref().map(|b| target.url(b)).unwrap_or_default();
    let section = target.section_id.as_ref().and_then(|id| {
        let heading = crate::model::section(&report, id)?.heading;
        Some((id.clone(), heading))
    });
    let meta = &report.meta;
    // A chart's files: PNG (2×), SVG and CSV, drawn in this page's theme (read from the wrapper).
    let downloads = chart_views(&report)
        .into_iter()
        .find(|v| chart_anchor(&v.chart.id) == target.fragment)
        .map(|view| {
            let (id, title) = (
                AttrValue::from(target.fragment.clone()),
                AttrValue::from(view.chart.title.to_string()),
            );
            html! {
                <section id={id.clone()} class="share-downloads" aria-labelledby="download-heading">
                    <h3 id="download-heading" class="share-heading">{ "下载" }</h3>
                    <ChartExport {id} {title} source={meta.sources.join("、")} spec={ChartSpec::from_view(&view)} />
                </section>
            }
        });
    html! {
        <>
            <a class="skip-link" href="#main">{ "跳到正文" }</a>
            <ReadingToolbar preferences={*preferences} onchange={onpreferences} />
            <SiteHeader banner={meta.banner.clone()} title={meta.title.clone()} />
            <main id="main" class="share-page" tabindex="-1">
                <h2 class="part-heading">{ "分享" }</h2>
                <blockquote class="share-target">{ target.title.to_string() }</blockquote>
                <p><a href={format!("../{}", target.path)}>{ "返回报告" }</a></p>
                { downloads.unwrap_or_default() }
                <SharePanel title={target.title.to_string()} url={url} />
                <PictureMaker report={report.clone()} {section} address={(*base).clone().map(AttrValue::from)} />
            </main>
            <SiteFooter meta={meta.clone()} site={report.site.clone()} />
        </>
    }
}
