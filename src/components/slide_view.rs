//! One slide of the deck: its part of the report above the title, then figures as large cards,
//! the report's lines with figures emphasised, a labelled paragraph, a chart, or the closing QR
//! code. Sized in container units, so the same slide fills a projector or a speaker-view box.

use super::{figure_value, section_badge, section_icon, QrCodeImage, RawMarkup};
use crate::charts::{render_bars, BarSpec, QR_CAPTION};
use crate::data::{ChartKind, Figure, Item, Report};
use crate::model::{callouts, chart_views, item_list_markup, label_markup, phrased, LabelPlace, Slide, SlideBody};
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

/// Figures as large numbers with their labels (not links: a click on a slide steps the deck).
fn cards(figures: &[Figure]) -> Html {
    let columns = match figures.len() {
        0..=4 => figures.len().max(1),
        5 | 6 | 9 => 3,
        _ => 4,
    };
    html! {
        <ul class="slide-figures" style={format!("--columns:{columns}")}>
            { for figures.iter().map(|f| html! {
                <li class="slide-figure">
                    { figure_value(f) }
                    <RawMarkup html={AttrValue::from(label_markup("key-figure-label", &f.label))} />
                </li>
            }) }
        </ul>
    }
}

/// The report's lines, and the figures they state beside them as callouts.
fn items(report: &Report, items: &[Item]) -> Html {
    let list = html! { <RawMarkup html={AttrValue::from(item_list_markup(items, Some("slide-items"), None))} /> };
    let figures = callouts(report, items);
    if figures.is_empty() {
        return html! { <div class="slide-text">{ list }</div> };
    }
    let callouts = figures.iter().map(|f| {
        html! {
            <li class="slide-callout">
                { figure_value(f) }
                <RawMarkup html={AttrValue::from(label_markup("key-figure-label", &f.label))} />
            </li>
        }
    });
    html! {
        <div class="slide-columns">
            <div class="slide-text">{ list }</div>
            <ul class={classes!("slide-callouts", (figures.len() > 3).then_some("slide-callouts-many"))} aria-hidden="true">
                { for callouts }
            </ul>
        </div>
    }
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
    let kind = match &slide.body {
        SlideBody::Title => "slide-title-slide",
        SlideBody::Divider(_) => "slide-divider",
        SlideBody::Figures(_) => "slide-content slide-figures-slide",
        SlideBody::Chart(_) => "slide-content slide-chart-slide",
        SlideBody::Closing => "slide-closing-slide",
        SlideBody::Items(_) | SlideBody::Paragraph { .. } => "slide-content slide-text-slide",
    };
    let title = match &slide.body {
        SlideBody::Divider(tile) => html! {
            <h2 class="slide-title">{ section_badge(tile) }<span class="slide-divider-heading"><RawMarkup html={AttrValue::from(phrased(&tile.title))} /></span></h2>
        },
        _ => html! { <h2 class="slide-title">{ slide.title.to_string() }</h2> },
    };
    html! {
        <section class={classes!("slide", kind)} hidden={props.hidden} aria-roledescription="幻灯片"
            aria-label={format!("第{}张，共{}张", props.number, props.total)}>
            if let Some(kicker) = &slide.kicker {
                <p class="slide-kicker">{ kicker.to_string() }</p>
            }
            { title }
            <div class="slide-body">{ body(props) }</div>
        </section>
    }
}

/// What a slide shows under its title.
fn body(props: &SlideViewProps) -> Html {
    match &props.slide.body {
        SlideBody::Title => Html::default(),
        SlideBody::Divider(tile) => section_icon(&tile.icon),
        SlideBody::Figures(figures) => cards(figures),
        SlideBody::Items(list) => items(&props.report, list),
        SlideBody::Paragraph {
            text,
            label,
            label_place: LabelPlace::Before,
        } => html! {
            <>
                <p class="slide-label">{ label.to_string() }</p>
                <p class="slide-paragraph">{ text.to_string() }</p>
            </>
        },
        SlideBody::Paragraph {
            text,
            label,
            label_place: LabelPlace::After,
        } => html! {
            <>
                <p class="slide-paragraph">{ text.to_string() }</p>
                <p class="slide-lead">{ label.to_string() }</p>
            </>
        },
        SlideBody::Chart(id) => chart(&props.report, id),
        SlideBody::Closing => html! {
            <div class="slide-closing">
                if !props.report_url.is_empty() {
                    <p class="slide-label">{ QR_CAPTION }</p>
                    <QrCodeImage text={props.report_url.clone()} label={format!("二维码：{}", props.report_url)} />
                    <p class="slide-url">{ props.report_url.clone() }</p>
                } else {
                    <div class="qr-code qr-placeholder"></div>
                }
            </div>
        },
    }
}
