//! 生成长图 and 生成图片: the long image of the whole report, or the picture of one section or of
//! one item (分享这一条), composed as SVG in the reader's theme and font tier, rasterised at twice
//! phone width, and shown as images to long-press in WeChat, with download links where downloads
//! work. Each button says what its picture contains.

use crate::charts::{item_image, long_image, section_image, ChartError, ImagePart, ImageStyle, IMAGE_SCALE};
use crate::model::{Model, Picture};
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PictureMakerProps {
    pub model: Model,
    /// The item's or section's own picture offered, with the words naming it (none: the 长图
    /// only).
    #[prop_or_default]
    pub picture: Option<(Picture, Rc<str>)>,
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

fn compose(model: &Model, picture: Option<&Picture>, address: Option<&str>) -> Result<Vec<ImagePart>, ChartError> {
    let style = ImageStyle {
        palette: platform::palette("main"),
        scale: platform::read_preferences().font.scale(),
    };
    let unknown = |picture: &Picture| ChartError(picture.section().to_string());
    match picture {
        Some(p @ Picture::Section(id)) => section_image(model, id, &style, address).unwrap_or_else(|| Err(unknown(p))),
        Some(p @ Picture::Item(item)) => item_image(model, item, &style, address).ok_or_else(|| unknown(p)),
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
    let make = |picture: Option<(Picture, Rc<str>)>| {
        let (model, pictures, status) = (props.model.clone(), pictures.clone(), status.clone());
        let address = props.address.clone();
        Callback::from(move |_: MouseEvent| {
            let (model, pictures, status, address) = (model.clone(), pictures.clone(), status.clone(), address.clone());
            let name = match &picture {
                Some((_, words)) => format!("图片：{words}"),
                None => "长图".to_owned(),
            };
            let what = picture.as_ref().map(|(p, _)| p.clone());
            status.set(format!("正在生成{name}……"));
            yew::platform::spawn_local(async move {
                let made = match compose(&model, what.as_ref(), address.as_deref()) {
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
                if let Some((picture, words)) = props.picture.clone() {
                    <button type="button" class="button button-primary" onclick={make(Some((picture.clone(), words.clone())))}
                        aria-label={format!("{}：{words}", picture.button_label())}>{ picture.button_label() }</button>
                }
                <button type="button" class="button" onclick={make(None)}>{ "生成长图（整份报告）" }</button>
            </p>
            <p class="share-status" role="status">{ (*status).clone() }</p>
            if count > 0 {
                <ol class="pictures">{ for files }</ol>
            }
        </section>
    }
}
