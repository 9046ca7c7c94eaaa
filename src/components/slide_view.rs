//! One slide of the deck: its part of the report above the title, then figures as large cards,
//! the report's lines with figures emphasised, a labelled paragraph, a chart, or the closing QR
//! code. Sized in container units, so the same slide fills a projector or a speaker-view box.

use super::{qr_code_image, raw_markup, QrCodeProps};
use crate::charts::{render_bars, BarSpec, QR_CAPTION};
use crate::data::ChartKind;
use crate::model::{
    callouts, icon_markup, slide_chart_markup, slide_figures_markup, slide_heading_markup, slide_items_markup,
    slide_kind_class, slide_label, slide_paragraph_markup, ChartId, Model, Slide, SlideBody,
};
use yew::prelude::*;

/// The width bar charts are drawn at on slides; the drawing scales to the slide, labels with it.
const SLIDE_CHART_WIDTH: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct SlideViewProps {
    pub model: Model,
    pub slide: Slide,
    /// 1-based.
    pub number: usize,
    pub total: usize,
    pub hidden: bool,
    /// The report's address for the closing QR code; empty until the browser knows it.
    #[prop_or_default]
    pub report_url: AttrValue,
}

/// The markup under a slide's title, for every slide but the closing one (its QR code waits for
/// the browser to know the report's address).
pub fn slide_body_markup(model: &Model, body: &SlideBody) -> String {
    match body {
        SlideBody::Title | SlideBody::Closing => String::new(),
        SlideBody::Divider(tile) => icon_markup(&tile.icon),
        SlideBody::Figures(figures) => slide_figures_markup(figures),
        SlideBody::Items(list) => slide_items_markup(list, &callouts(model, list)),
        SlideBody::Paragraph {
            text,
            label,
            label_place,
        } => slide_paragraph_markup(text, label, *label_place),
        SlideBody::Chart(id) => chart_markup(model, id),
    }
}

fn chart_markup(model: &Model, id: &ChartId) -> String {
    let Some(view) = model.chart(id) else {
        return String::new();
    };
    match view.chart.kind {
        ChartKind::Cards => slide_figures_markup(&view.figures),
        ChartKind::Bars => match render_bars(&BarSpec::from_view(view), SLIDE_CHART_WIDTH) {
            Ok(drawn) => slide_chart_markup(&view.description, &drawn.svg, &view.notes),
            Err(_) => slide_figures_markup(&view.figures),
        },
    }
}

#[component]
pub fn SlideView(props: &SlideViewProps) -> Html {
    let slide = &props.slide;
    let markup = {
        let model = props.model.clone();
        use_memo(slide.clone(), move |slide| {
            (
                AttrValue::from(slide_heading_markup(slide)),
                AttrValue::from(slide_body_markup(&model, &slide.body)),
            )
        })
    };
    let body = match slide.body {
        SlideBody::Closing => closing(&props.report_url),
        _ => html! { { raw_markup(markup.1.clone()) } },
    };
    html! {
        <section class={classes!("slide", slide_kind_class(&slide.body))} hidden={props.hidden} aria-roledescription="幻灯片"
            aria-label={slide_label(props.number, props.total)}>
            { raw_markup(markup.0.clone()) }
            <div class="slide-body">{ body }</div>
        </section>
    }
}

/// The closing slide's body: the QR code of the report's address, once the browser knows it.
fn closing(report_url: &AttrValue) -> Html {
    html! {
        <div class="slide-closing">
            if !report_url.is_empty() {
                <p class="slide-label">{ QR_CAPTION }</p>
                { qr_code_image(&QrCodeProps { text: report_url.clone(), label: format!("二维码：{}", report_url).into() }) }
                <p class="slide-url">{ report_url.clone() }</p>
            } else {
                <div class="qr-code qr-placeholder"></div>
            }
        </div>
    }
}
