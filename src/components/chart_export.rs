//! Taking a chart away: PNG (drawn in the browser at 2×), SVG and CSV. Where the browser cannot
//! download (WeChat's in-app browser) the PNG is shown as an image to long-press and the CSV as
//! text to copy. Every outcome is announced in a live region.

use crate::charts::{standalone_svg, table_csv, ChartSpec, Standalone, EXPORT_WIDTH};
use crate::platform;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartExportProps {
    /// The chart's element id, `chart-<id>`: file names and the theme are taken from it.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The report's name, drawn under exported images.
    pub source: AttrValue,
    pub spec: ChartSpec,
}

/// What the reader asked for and what the page could do.
#[derive(Clone, PartialEq, Default)]
struct Outcome {
    status: String,
    /// A PNG data URL shown in place (no downloads in this browser).
    image: Option<String>,
    /// CSV text shown in place (no downloads in this browser).
    text: Option<String>,
}

fn file_name(title: &str, id: &str, extension: &str) -> String {
    format!("{title}-{}.{extension}", id.trim_start_matches("chart-"))
}

#[component]
pub fn ChartExport(props: &ChartExportProps) -> Html {
    let outcome = use_state(Outcome::default);
    let svg_file = {
        let (id, title, source, spec) = (
            props.id.clone(),
            props.title.clone(),
            props.source.clone(),
            props.spec.clone(),
        );
        move || {
            spec.render(EXPORT_WIDTH)
                .map(|rendered| standalone_svg(&rendered, &title, &source, &platform::palette(&id)))
        }
    };
    let on_png = {
        let (outcome, svg_file, name) = (
            outcome.clone(),
            svg_file.clone(),
            file_name(&props.title, &props.id, "png"),
        );
        Callback::from(move |_: MouseEvent| {
            let Ok(Standalone { svg, width, height }) = svg_file() else {
                return outcome.set(Outcome {
                    status: "图片生成失败".into(),
                    ..Outcome::default()
                });
            };
            let (outcome, name) = (outcome.clone(), name.clone());
            yew::platform::spawn_local(async move {
                let next = match platform::png_data_url(&svg, width, height, 2).await {
                    Ok(url) if platform::downloads_blocked() => Outcome {
                        status: "图片已生成，请长按下方图片保存".into(),
                        image: Some(url),
                        text: None,
                    },
                    Ok(url) => match platform::download_url(&url, &name) {
                        Ok(()) => Outcome {
                            status: format!("已下载图片：{name}"),
                            ..Outcome::default()
                        },
                        Err(e) => Outcome {
                            status: e,
                            image: Some(url),
                            text: None,
                        },
                    },
                    Err(e) => Outcome {
                        status: e,
                        ..Outcome::default()
                    },
                };
                outcome.set(next);
            });
        })
    };
    let on_svg = {
        let (outcome, name) = (outcome.clone(), file_name(&props.title, &props.id, "svg"));
        Callback::from(move |_: MouseEvent| {
            let next = match svg_file() {
                Ok(_) if platform::downloads_blocked() => Outcome {
                    status: "此浏览器不能下载文件，请使用“PNG图片”后长按保存".into(),
                    ..Outcome::default()
                },
                Ok(Standalone { svg, .. }) => match platform::download_text(&svg, "image/svg+xml", &name) {
                    Ok(()) => Outcome {
                        status: format!("已下载矢量图：{name}"),
                        ..Outcome::default()
                    },
                    Err(e) => Outcome {
                        status: e,
                        ..Outcome::default()
                    },
                },
                Err(_) => Outcome {
                    status: "矢量图生成失败".into(),
                    ..Outcome::default()
                },
            };
            outcome.set(next);
        })
    };
    let on_csv = {
        let (outcome, rows, name) = (
            outcome.clone(),
            props.spec.rows(),
            file_name(&props.title, &props.id, "csv"),
        );
        Callback::from(move |_: MouseEvent| {
            let csv = table_csv(&rows);
            let shown = || Outcome {
                status: "此浏览器不能下载文件，表格文字已显示在下方，可长按复制".into(),
                image: None,
                text: Some(csv.trim_start_matches('\u{feff}').replace("\r\n", "\n")),
            };
            let next = if platform::downloads_blocked() {
                shown()
            } else {
                match platform::download_text(&csv, "text/csv;charset=utf-8", &name) {
                    Ok(()) => Outcome {
                        status: format!("已下载表格：{name}"),
                        ..Outcome::default()
                    },
                    Err(_) => shown(),
                }
            };
            outcome.set(next);
        })
    };
    let status_id = format!("{}-export-status", props.id);
    html! {
        <div class="chart-export" role="group" aria-label={format!("下载“{}”", props.title)}>
            <div class="chart-export-buttons">
                <button type="button" class="button" onclick={on_png}>{ "PNG图片" }</button>
                <button type="button" class="button" onclick={on_svg}>{ "SVG矢量图" }</button>
                <button type="button" class="button" onclick={on_csv}>{ "CSV表格" }</button>
            </div>
            <p id={status_id} class="chart-export-status" role="status">{ outcome.status.clone() }</p>
            if let Some(url) = outcome.image.clone() {
                <img class="chart-export-image" src={url} alt={props.title.clone()} />
            }
            if let Some(text) = outcome.text.clone() {
                <label class="chart-export-text">
                    { "表格文字" }
                    <textarea readonly=true rows="6" value={text} />
                </label>
            }
        </div>
    }
}
