//! A bar chart as a figure: title, the SVG (prerendered at phone width, redrawn at the container's
//! width; the drawing's height does not depend on its width, so the box never shifts), a button over
//! each bar with its readout (hover, tap, keyboard), the report's own sentence as the description,
//! notes in other units, and the numbers as a real table (数据表).

use super::{chart_actions, raw_markup, ChartActionsProps};
use crate::charts::{layout_bars, render_bars, BarSpec, ChartError, Rendered};
use crate::data::Figure;
use crate::model::{
    CHART_BAR_INFIX, CHART_CANVAS_SUFFIX, CHART_DESCRIPTION_SUFFIX, CHART_TABLE_SUFFIX, CHART_TITLE_SUFFIX,
};
use crate::platform;
use yew::prelude::*;

/// The width the server draws at (and the browser first hydrates at): a phone's.
const PRERENDER_WIDTH: u32 = 360;
/// The page's text at 标准 on a phone, in CSS pixels: a drawing's pixel is the page's there. Its
/// box is as tall as the drawing in `rem` over this, so it grows with 长辈模式's tiers (and the
/// browser's text size), and the drawing is redrawn narrower to fill it: the labels grow with the
/// text.
const STANDARD_TEXT_PX: u32 = 18;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The element id, `chart-<id>`.
    pub id: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    pub spec: BarSpec,
    pub notes: Vec<Figure>,
    /// Where the chart stands: empty on the report page, the report's address on an embed page.
    pub report_url: AttrValue,
}

/// The drawing for a width: the server draws at phone width for the prerendered page; the readers'
/// bundles first adopt that drawing as they hydrate (no plotters work at start-up) and draw once
/// they know the chart's real width. A build with the `publish` feature renders pages itself (the
/// whole site, in the browser too) and so draws as the server does.
fn drawing(spec: &BarSpec, width: Option<u32>) -> Option<Result<Rendered, ChartError>> {
    match width {
        Some(width) => Some(render_bars(spec, width)),
        None if cfg!(all(target_arch = "wasm32", not(feature = "publish"))) => None,
        None => Some(render_bars(spec, PRERENDER_WIDTH)),
    }
}

/// `part / whole` as a CSS percentage with three decimals, in integer arithmetic (float formatting
/// would add kilobytes of wasm for this one use).
fn percent(part: i32, whole: u32) -> String {
    let thousandths = i64::from(part) * 100_000 / i64::from(whole.max(1));
    let sign = if thousandths < 0 { "-" } else { "" };
    let t = thousandths.abs();
    format!("{sign}{}.{:03}%", t / 1000, t % 1000)
}

/// The id of a chart's `n`th bar button (`chart-<id>-bar-<n>`), also its `data-early`: a tap on it
/// before the app is ready is kept and answered.
fn mark_id(chart: &str, n: &str) -> String {
    format!("{chart}{CHART_BAR_INFIX}{n}")
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let width = use_state_eq(|| None::<u32>);
    let active = use_state_eq(|| None::<usize>);
    let drawn = use_memo((props.spec.clone(), *width), |(spec, width)| drawing(spec, *width));
    // Before the browser knows its width, the hit targets come from the layout alone.
    let laid_out = match (*drawn).clone() {
        Some(rendered) => rendered.map(|r| (r.svg, r.width, r.height, r.marks)),
        None => layout_bars(&props.spec, PRERENDER_WIDTH)
            .map(|(width, height, marks)| (String::new(), width, height, marks)),
    };
    {
        let width = width.clone();
        let canvas_id = format!("{}{CHART_CANVAS_SUFFIX}", props.id);
        let mark_prefix = mark_id(&props.id, "");
        let active = active.clone();
        // The drawing's height, the same at every width (this render's).
        let drawing_height = laid_out.as_ref().map_or(1, |(_, _, h, _)| *h);
        use_effect_with((), move |_| {
            // A bar tapped before the app was ready gets its readout now, and the focus (the tap may
            // have given it already, so no focus event would say so), which a tap elsewhere takes.
            if let Some(tapped) = platform::take_early_click(&mark_prefix) {
                active.set(tapped.strip_prefix(&mark_prefix).and_then(|n| n.parse().ok()));
                platform::focus(&tapped);
            }
            // Drawn at the box's shape: its height is the drawing's (fixed by the bars) grown with
            // the text, so the width to draw at is the box's shrunk alike.
            let subscription = platform::observe_size(&canvas_id, move |w, h| {
                width.set(Some((w * f64::from(drawing_height) / h).round().max(1.0) as u32));
            });
            move || {
                let _unsubscribe = subscription;
            }
        });
    }
    let Ok((svg, w, h, marks)) = laid_out else {
        return html! { <p class="chart-error">{ "图表暂时无法显示，请查看下方数据表。" }</p> };
    };
    let buttons = marks.iter().enumerate().map(|(i, mark)| {
        let style = format!(
            "left:{};top:{};width:{};height:{}",
            percent(mark.x, w), percent(mark.y, h), percent(mark.width, w), percent(mark.height, h)
        );
        let show = { let active = active.clone(); Callback::from(move |_: FocusEvent| active.set(Some(i))) };
        let hover = { let active = active.clone(); Callback::from(move |_: MouseEvent| active.set(Some(i))) };
        let hide = { let active = active.clone(); Callback::from(move |_: FocusEvent| active.set(None)) };
        let leave = { let active = active.clone(); Callback::from(move |_: MouseEvent| active.set(None)) };
        let id = mark_id(&props.id, &i.to_string());
        html! {
            <button key={i} id={id.clone()} data-early={id} type="button" class="chart-mark" {style} aria-label={format!("{}：{}", mark.label, mark.value_text)}
                onfocus={show} onblur={hide} onmouseenter={hover} onmouseleave={leave}></button>
        }
    });
    // Always rendered (hidden when no mark is active), so the list of children never changes length.
    let current = (*active).and_then(|i| marks.get(i));
    let readout_style = current
        .map(|mark| format!("top:{}", percent(mark.y, h)))
        .unwrap_or_default();
    let readout_text = current
        .map(|mark| format!("{}：{}", mark.label, mark.value_text))
        .unwrap_or_default();
    let title_id = format!("{}{CHART_TITLE_SUFFIX}", props.id);
    let description_id = format!("{}{CHART_DESCRIPTION_SUFFIX}", props.id);
    html! {
        <figure id={props.id.clone()} class="chart" aria-labelledby={title_id.clone()} aria-describedby={description_id.clone()}>
            <figcaption id={title_id} class="chart-title">{ props.title.clone() }{ format!("（单位：{}）", props.spec.unit) }</figcaption>
            <div id={format!("{}{CHART_CANVAS_SUFFIX}", props.id)} class="chart-canvas" style={format!("height:calc({h}rem/{STANDARD_TEXT_PX})")}>
                <div class="chart-svg" aria-hidden="true">{ raw_markup(svg) }</div>
                <div class="chart-marks">{ for buttons }</div>
                <div class="chart-readout" style={readout_style} hidden={current.is_none()} aria-hidden="true">{ readout_text }</div>
            </div>
            <p id={description_id} class="visually-hidden">{ props.description.clone() }</p>
            { for props.notes.iter().map(|note| html! {
                <p class="chart-note">{ format!("注：{}{}", note.label, note.phrase()) }</p>
            }) }
            { chart_actions(&ChartActionsProps {
                anchor: props.id.clone(),
                title: props.title.clone(),
                report_url: props.report_url.clone(),
            }) }
            <details id={format!("{}{CHART_TABLE_SUFFIX}", props.id)} class="chart-table">
                <summary>{ "数据表" }</summary>
                <table>
                    <caption>{ props.title.clone() }</caption>
                    <thead><tr><th scope="col">{ "项目" }</th><th scope="col">{ "数值" }</th></tr></thead>
                    <tbody>
                        { for props.spec.labels.iter().zip(&props.spec.value_texts).map(|(label, value)| html! {
                            <tr><th scope="row">{ label.clone() }</th><td>{ format!("{value}{}", props.spec.unit) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
