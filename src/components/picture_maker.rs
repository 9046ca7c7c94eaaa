//! 生成长图 and 生成图片: the long image of the whole report, or one section's picture, composed as
//! SVG in the reader's theme and font tier, rasterised at twice phone width, and shown as images to
//! long-press in WeChat, with download links where downloads work.

use crate::charts::{long_image, section_image, ChartError, ImagePart, ImageStyle, IMAGE_SCALE};
use crate::model::{Model, SectionId};
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PictureMakerProps {
    pub model: Model,
    /// The section whose own picture is offered, with its heading (none: the 长图 only).
    #[prop_or_default]
    pub section: Option<(SectionId, Rc<str>)>,
    /// The report's address, for the pictures' QR code; none (opened from a file): no QR code.
    #[prop_or_default]
    pub address: Option<AttrValue>,
}

/// Pictures made: what they show, and each part as a PNG data URL with its size in CSS pixels.
#[derive(Clone, PartialEq, Default)]
struct Pictures {
    name: String,
    files: Vec<(String, u32, u32)>,
}

fn compose(model: &Model, section: Option<&SectionId>, address: Option<&str>) -> Result<Vec<ImagePart>, ChartError> {
    let style = ImageStyle {
        palette: platform::palette("main"),
        scale: platform::read_preferences().font.scale(),
    };
    match section {
        Some(id) => section_image(model, id, &style, address).unwrap_or_else(|| Err(ChartError(id.to_string()))),
        None => long_image(model, &style, address),
    }
}

async fn rasterise(parts: Vec<ImagePart>) -> Result<Vec<(String, u32, u32)>, String> {
    let mut files = Vec::new();
    for part in parts {
        let url = platform::png_data_url(&part.svg, part.width, part.height, IMAGE_SCALE).await?;
        files.push((url, part.width, part.height));
    }
    Ok(files)
}

#[component]
pub fn PictureMaker(props: &PictureMakerProps) -> Html {
    let pictures = use_state_eq(Pictures::default);
    let status = use_state_eq(String::new);
    let make = |section: Option<(SectionId, Rc<str>)>| {
        let (model, pictures, status) = (props.model.clone(), pictures.clone(), status.clone());
        let address = props.address.clone();
        Callback::from(move |_: MouseEvent| {
            let (model, pictures, status, address) = (model.clone(), pictures.clone(), status.clone(), address.clone());
            let name = match &section {
                Some((_, heading)) => format!("图片：{heading}"),
                None => "长图".to_owned(),
            };
            let section_id = section.as_ref().map(|(id, _)| id.clone());
            status.set(format!("正在生成{name}……"));
            yew::platform::spawn_local(async move {
                let made = match compose(&model, section_id.as_ref(), address.as_deref()) {
                    Ok(parts) => rasterise(parts).await,
                    Err(error) => Err(error.to_string()),
                };
                match made {
                    Ok(files) => {
                        status.set(format!(
                            "已生成{name}，共{}张。长按图片可保存或发送给朋友。",
                            files.len()
                        ));
                        pictures.set(Pictures { name, files });
                    }
                    Err(message) => status.set(format!("未能生成{name}：{message}")),
                }
            });
        })
    };
    let downloads = !platform::downloads_blocked();
    let count = pictures.files.len();
    let files = pictures.files.iter().enumerate().map(|(n, (url, width, height))| {
        let label = format!("{}（第{}张，共{count}张）", pictures.name, n + 1);
        html! {
            <li class="picture">
                <img src={url.clone()} alt={label.clone()} width={width.to_string()} height={height.to_string()} />
                if downloads {
                    <a class="button" href={url.clone()} download={format!("yitu-{}.png", n + 1)}
                        aria-label={format!("下载第{}张：{label}", n + 1)}>{ format!("下载第{}张", n + 1) }</a>
                }
            </li>
        }
    });
    html! {
        <section class="picture-maker" aria-labelledby="picture-heading">
            <h3 id="picture-heading" class="share-heading">{ "图片" }</h3>
            <p class="share-buttons">
                if let Some((id, heading)) = props.section.clone() {
                    <button type="button" class="button button-primary" onclick={make(Some((id, heading.clone())))}
                        aria-label={format!("生成图片：{heading}")}>{ "生成图片" }</button>
                }
                <button type="button" class="button" onclick={make(None)}>{ "生成长图" }</button>
            </p>
            <p class="share-status" role="status">{ (*status).clone() }</p>
            if count > 0 {
                <ol class="pictures">{ for files }</ol>
            }
        </section>
    }
}
