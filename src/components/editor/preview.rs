//! 编辑台's preview: the draft's report as readers will see it, beside every control: the report
//! page (its overview first), any section (its embed page), any slide of the deck, or the 长图;
//! pages rendered by the site's own components into the site's own templates
//! (`site::Build::preview`), the 长图 drawn as the share page draws it; at phone or laptop width, in
//! a frame that runs no script.

use crate::charts::{long_image, ImageStyle, Palette};
use crate::model::Model;
use crate::platform;
use crate::site::Build;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorPreviewProps {
    pub model: Model,
    /// The site's build the editor carries; none when the page was opened without it.
    pub build: Option<Rc<Build>>,
}

/// The element the preview's frame is fitted into.
const PREVIEW_BOX_ID: &str = "editor-preview-box";

/// The widths the preview offers: a phone's and an office laptop's.
const WIDTHS: [(&str, u32); 2] = [("手机", 390), ("电脑", 1366)];

/// What the preview shows, as its choice's value writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    Page,
    /// A section, by id (its embed page).
    Section(Rc<str>),
    /// A slide of the deck, from 0.
    Slide(usize),
    LongImage,
}

impl Shown {
    fn value(&self) -> String {
        match self {
            Shown::Page => "page".to_owned(),
            Shown::Section(id) => format!("section:{id}"),
            Shown::Slide(n) => format!("slide:{n}"),
            Shown::LongImage => "long-image".to_owned(),
        }
    }

    fn parse(value: &str) -> Shown {
        match value.split_once(':') {
            Some(("section", id)) => Shown::Section(Rc::from(id)),
            Some(("slide", n)) => n.parse().map_or(Shown::Page, Shown::Slide),
            _ if value == "long-image" => Shown::LongImage,
            _ => Shown::Page,
        }
    }
}

/// The 长图 as one page of its parts, drawn in the light theme at the standard size.
fn long_image_page(model: &Model) -> Result<String, String> {
    let style = ImageStyle {
        palette: Palette::default(),
        scale: 1.0,
    };
    let parts = long_image(model, &style, model.report().site.public_url.as_deref()).map_err(|e| e.to_string())?;
    let images: String = parts.into_iter().map(|part| part.svg).collect();
    Ok(format!(
        "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><style>body{{margin:0;background:#fff}}svg{{display:block;max-width:100%;height:auto;margin:0 auto}}</style><body>{images}</body></html>"
    ))
}

async fn render(build: Option<Rc<Build>>, model: Model, shown: Shown) -> Result<String, String> {
    if shown == Shown::LongImage {
        return long_image_page(&model);
    }
    let build =
        build.ok_or("这个页面没有附带网站的样式和模板，无法预览。请使用 cargo xtask dist 生成的 editor.html。")?;
    match shown {
        Shown::Section(id) => build.preview(&model, &View::Embed(id)).await,
        Shown::Slide(n) => build.preview_slide(&model, n).await,
        _ => build.preview(&model, &View::Report).await,
    }
}

/// The choices of what to show: the page, each section, each slide, the 长图.
fn choices(model: &Model) -> Vec<(Shown, String)> {
    let mut all = vec![(Shown::Page, "报告页（总览）".to_owned())];
    all.extend(
        model
            .sections()
            .iter()
            .map(|s| (Shown::Section(s.id.as_rc().clone()), format!("部分：{}", s.heading))),
    );
    all.extend(
        model
            .slides()
            .iter()
            .enumerate()
            .map(|(n, s)| (Shown::Slide(n), format!("演示第{}页：{}", n + 1, s.title))),
    );
    all.push((Shown::LongImage, "长图".to_owned()));
    all
}

#[component]
pub fn EditorPreview(props: &EditorPreviewProps) -> Html {
    let width = use_state_eq(|| WIDTHS[0].1);
    // The page at its own width, made smaller to fit the panel (a laptop's page keeps its layout).
    let scale = use_state_eq(|| 1.0_f64);
    {
        let scale = scale.clone();
        use_effect_with(*width, move |width| {
            let room = platform::element_width(PREVIEW_BOX_ID).unwrap_or(f64::from(*width));
            scale.set((room / f64::from(*width)).min(1.0));
        });
    }
    let shown = use_state_eq(|| Shown::Page);
    let page = use_state_eq(|| None::<Result<String, String>>);
    // Each render is numbered: one that ends after a newer one began is dropped.
    let latest = use_mut_ref(|| 0_u64);
    {
        let (page, build, latest) = (page.clone(), props.build.clone(), latest.clone());
        use_effect_with((props.model.clone(), (*shown).clone()), move |(model, shown)| {
            let (model, shown) = (model.clone(), shown.clone());
            let this = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            yew::platform::spawn_local(async move {
                let rendered = render(build, model, shown).await;
                if *latest.borrow() == this {
                    page.set(Some(rendered));
                }
            });
        });
    }
    let widths = WIDTHS.map(|(label, pixels)| {
        let onclick = {
            let width = width.clone();
            Callback::from(move |_: MouseEvent| width.set(pixels))
        };
        html! {
            <button type="button" class="editor-button" aria-pressed={(*width == pixels).to_string()} {onclick}>
                { format!("{label}（{pixels}像素宽）") }
            </button>
        }
    });
    let onshow = {
        let shown = shown.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = platform::changed_value(&event) {
                shown.set(Shown::parse(&value));
            }
        })
    };
    let options = choices(&props.model).into_iter().map(|(choice, label)| {
        html! { <option value={choice.value()} selected={choice == *shown}>{ label }</option> }
    });
    let style = format!("--preview-width:{}px;--preview-scale:{:.3}", *width, *scale);
    html! {
        <aside class="editor-preview" aria-labelledby="preview-heading" {style}>
            <div class="editor-preview-bar">
                <h2 id="preview-heading" class="editor-preview-title">{ "预览" }</h2>
                <label class="visually-hidden" for="preview-shown">{ "预览内容" }</label>
                <select id="preview-shown" class="editor-input editor-select" onchange={onshow}>{ for options }</select>
                <div class="editor-preview-widths" role="group" aria-label="预览宽度">{ for widths }</div>
            </div>
            <div id={PREVIEW_BOX_ID} class="editor-preview-box">
                { match &*page {
                    Some(Ok(html)) => html! {
                        <iframe class="editor-preview-frame" title="预览" sandbox="" srcdoc={html.clone()}></iframe>
                    },
                    Some(Err(why)) => html! { <p class="editor-problems" role="alert">{ why.clone() }</p> },
                    None => html! { <p class="editor-hint">{ "正在生成预览……" }</p> },
                } }
            </div>
        </aside>
    }
}
