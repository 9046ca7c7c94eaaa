//! 编辑台, step 4 (发布): the data file to download (it opens again in the editor and passes
//! `check-data`) and the whole site as a `.zip` (`site::render`, the function `cargo xtask dist`
//! calls, with `nginx.conf`, and the share cards drawn by this browser); while judgements or figures remain unchecked, how many, and a
//! confirmation.

use crate::charts::{share_card, CardShape};
use crate::components::PictureMaker;
use crate::data::PageData;
use crate::draft::Draft;
use crate::platform;
use crate::site::Build;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorPublishProps {
    pub draft: Rc<Draft>,
    /// The site's build the editor carries (none: no site to make).
    pub build: Option<Rc<Build>>,
}

/// The name the site's zip is saved under.
pub const SITE_ZIP: &str = "yitu-site.zip";

/// Renders the whole site for the draft's report and saves it as a zip.
async fn download_site(draft: Rc<Draft>, build: Rc<Build>) -> Result<String, String> {
    if !draft.problems().is_empty() {
        return Err("数据还有问题（见第二步），改好之前不能生成网站".to_owned());
    }
    let page_data = PageData::for_report((**draft.model.report()).clone());
    let mut files: Vec<(String, Vec<u8>)> = crate::site::render(page_data, &build)
        .await?
        .into_iter()
        .map(|file| (file.path, file.bytes))
        .collect();
    files.extend(share_cards(&draft).await?);
    let count = files.len();
    let bytes = crate::site::zip::zip(&files)?;
    platform::download_bytes(&bytes, "application/zip", SITE_ZIP)?;
    Ok(format!(
        "已下载网站 {SITE_ZIP}（{count} 个文件，含 nginx.conf）。解压后交给网站管理员发布。"
    ))
}

/// The share cards (`charts::share_card`) as PNGs drawn by this browser, by their file names: what
/// `cargo xtask dist` draws with Chromium, so the zip is the same site.
async fn share_cards(draft: &Draft) -> Result<Vec<(String, Vec<u8>)>, String> {
    use base64::Engine;
    let mut cards = Vec::new();
    for shape in CardShape::ALL {
        let card = share_card(&draft.model, shape);
        let url = platform::png_data_url(&card.svg, card.width, card.height, 1).await?;
        let bytes = url
            .split_once(";base64,")
            .and_then(|(_, data)| base64::engine::general_purpose::STANDARD.decode(data).ok())
            .ok_or("无法生成分享卡片图片")?;
        cards.push((shape.file_name().to_owned(), bytes));
    }
    Ok(cards)
}

#[component]
pub fn EditorPublish(props: &EditorPublishProps) -> Html {
    let status = use_state_eq(String::new);
    let confirmed = use_state_eq(|| false);
    let (marks, unticked) = (props.draft.open_marks().len(), props.draft.unticked());
    let problems = props.draft.problems().len();
    let unfinished = marks + unticked > 0;
    let download = {
        let (draft, status) = (props.draft.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let name = draft.data_file_name();
            status.set(
                match platform::download_text(&draft.data_file(), "application/toml", &name) {
                    Ok(()) => format!("已下载数据文件 {name}。"),
                    Err(why) => format!("未能下载：{why}"),
                },
            );
        })
    };
    let site = {
        let (draft, build, status) = (props.draft.clone(), props.build.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(build) = build.clone() else {
                status.set(
                    "这个页面没有附带网站的程序文件，无法生成网站。请使用 cargo xtask dist 生成的 editor.html。"
                        .to_owned(),
                );
                return;
            };
            status.set("正在生成网站……".to_owned());
            let (draft, status) = (draft.clone(), status.clone());
            yew::platform::spawn_local(async move {
                status.set(
                    download_site(draft, build)
                        .await
                        .unwrap_or_else(|why| format!("未能生成网站：{why}")),
                );
            });
        })
    };
    let onconfirm = {
        let confirmed = confirmed.clone();
        Callback::from(move |_: Event| confirmed.set(!*confirmed))
    };
    html! {
        <section class="editor-step" aria-labelledby="publish-heading">
            <h2 id="publish-heading" class="editor-step-title">{ "第四步：下载" }</h2>
            if unfinished {
                <div class="editor-warning" role="status">
                    <p>{ format!("还有 {marks} 处待核对、{unticked} 个数字未校对。") }</p>
                    <label><input type="checkbox" id="publish-confirm" checked={*confirmed} onchange={onconfirm} />{ " 我已知晓，仍要下载" }</label>
                </div>
            }
            if problems > 0 {
                <p class="editor-problems" role="alert">
                    { format!("数据有 {problems} 处问题（见第二步）：改好之前不能生成网站。数据文件可以先下载保存。") }
                </p>
            }
            <p class="editor-hint">{ "数据文件（report.toml）保存了这份报告的全部文字、数字和选择，可以再次在编辑台打开，也可以交给网站管理员生成网站。" }</p>
            <p class="editor-actions">
                <button type="button" class="editor-button editor-primary" onclick={download} disabled={unfinished && !*confirmed}>
                    { "下载数据文件" }
                </button>
                <button type="button" class="editor-button editor-primary" onclick={site} disabled={problems > 0 || (unfinished && !*confirmed)}>
                    { "下载网站（zip）" }
                </button>
            </p>
            <p class="editor-hint">{ "网站压缩包含全部页面、演示文稿、嵌入页和 nginx.conf，解压后即可发布；editor.html 不必发布。" }</p>
            <p class="editor-hint">{ "长图（PNG，供微信群和公众号使用）：生成后可逐张下载。" }</p>
            <PictureMaker model={props.draft.model.clone()}
                address={props.draft.model.report().site.public_url.as_deref().map(|url| AttrValue::from(url.to_owned()))} />
            <p class="editor-status" role="status">{ (*status).clone() }</p>
        </section>
    }
}
