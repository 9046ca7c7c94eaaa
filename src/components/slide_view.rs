//! One slide of the deck: its part of the report above the title, then figures as large cards,
//! the report's lines with figures emphasised, a labelled paragraph, a chart, or the closing QR
//! code. Sized in container units, so the same slide fills a projector or a speaker-view box.

use super::{figure_card, QrCodeImage, RawMarkup};
use crate::charts::{render_bars, BarSpec};
use crate::data::{ChartKind, Figure, Report};
use crate::model::{chart_views, item_list_markup, Slide, SlideBody};
use std::rc::Rc;
use yew::prelude::*;

/// The width bar charts are drawn at on slides; the drawing scales to the slide, labels with it.
const SLIDE_CHART_WIDTH: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct SlideViewProps {
    pub report: Rc<Report>,
    pub slide: Slide,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub hidden: bool,
    /// The report's address for the closing QR code; empty until the browser knows it.
    #[prop_or_default]
    pub report_url: AttrValue,
}

fn cards(figures: &[Figure]) -> Html {
    html! { <ul class="slide-figures">{ for figures.iter().map(|f| figure_card(f, "")) }</ul> }
}

fn chart(report: &Report, id: &str) -> Html {
    let views = chart_views(report);
    let Some(view) = views.iter().find(|v| v.chart.id.as_ref() == id) else {
        return Html::default();
    };
    match view.chart.kind {
        ChartKind::Cards => cards(&view.figures.iter().map(|f| (*f).clone()).collect::<Vec<_>>()),
        ChartKind::Bars => match render_bars(&BarSpec::from_view(view), SLIDE_CHART_WIDTH) {
            Ok(drawn) => html! {
                <figure class="slide-chart" aria-label={view.description.clone()}>
                    <div class="chart-svg" role="img" aria-label={view.description.clone()}>
                        <RawMarkup html={AttrValue::from(drawn.svg)} />
                    </div>
                    { for view.notes.iter().map(|n| html! { <p class="slide-note">{ format!("注：{}{}", n.label, n.phrase()) }</p> }) }
                </figure>
            },
            Err(_) => cards(&view.figures.iter().map(|f| (*f).clone()).collect::<Vec<_>>()),
        },
    }
}

#[component]
pub fn SlideView(props: &SlideViewProps) -> Html {
    let slide = &props.slide;
    let body = match &slide.body {
        SlideBody::Title => Html::default(),
        SlideBody::Figures(figures) => cards(figures),
        SlideBody::Items(items) => {
            html! { <RawMarkup html={AttrValue::from(item_list_markup(items, Some("slide-items"), None))} /> }
        }
        SlideBody::Paragraph { label, text } => html! {
            <>
                <p class="slide-label">{ label.to_string() }</p>
                <p class="slide-paragraph">{ text.to_string() }</p>
            </>
        },
        SlideBody::Chart(id) => chart(&props.report, id),
        SlideBody::Closing => html! {
            <div class="slide-closing">
                if !props.report_url.is_empty() {
                    <p class="slide-label">{ "扫码阅读报告全文" }</p>
                    <QrCodeImage text={props.report_url.clone()} label={format!("二维码：{}", props.report_url)} />
                    <p class="slide-url">{ props.report_url.clone() }</p>
                } else {
                    <div class="qr-code qr-placeholder"></div>
                }
            </div>
        },
    };
    let kind = match &slide.body {
        SlideBody::Title => "slide-title-slide",
        SlideBody::Closing => "slide-closing-slide",
        _ => "slide-content",
    };
    html! {
        <section class={classes!("slide", kind)} hidden={props.hidden} aria-roledescription="幻灯片"
            aria-label={format!("第{}张，共{}张", props.number, props.total)}>
            if let Some(kicker) = &slide.kicker {
                <p class="slide-kicker">{ kicker.to_string() }</p>
            }
            <h2 class="slide-title">{ slide.title.to_string() }</h2>
            <div class="slide-body">{ body }</div>
        </section>
    }
}
