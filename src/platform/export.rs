//! Files for the reader: downloads through a temporary link, PNG drawn from the SVG on a canvas,
//! the page's theme colours, and whether this browser can download at all (WeChat's cannot).

use super::document;
use crate::charts::{Palette, PALETTE_TOKENS};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// WeChat's in-app browser ignores downloads; the page shows the image and the text instead.
pub fn downloads_blocked() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| agent.contains("MicroMessenger"))
}

/// The theme's colours as computed on the element `id` (the figure), for a standalone drawing.
pub fn palette(id: &str) -> Palette {
    let style = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|element| web_sys::window()?.get_computed_style(&element).ok().flatten());
    let Some(style) = style else {
        return Palette::default();
    };
    let read = |name: &str| style.get_property_value(name).unwrap_or_default().trim().to_owned();
    Palette::from_values(PALETTE_TOKENS.map(read))
}

fn blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Saves `url` as `filename` through a temporary link.
pub fn download_url(url: &str, filename: &str) -> Result<(), String> {
    let anchor: HtmlAnchorElement = document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into().ok())
        .ok_or("无法创建下载链接")?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.click();
    Ok(())
}

/// Saves `bytes` as a file of type `mime` (the editor's zip of the site).
pub fn download_bytes(bytes: &[u8], mime: &str, filename: &str) -> Result<(), String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    download_blob(Blob::new_with_u8_array_sequence_and_options(&parts, &options), filename)
}

/// Saves `text` as a file of type `mime`.
pub fn download_text(text: &str, mime: &str, filename: &str) -> Result<(), String> {
    download_blob(blob(text, mime), filename)
}

/// Saves a blob (if it could be made) as `filename` through an object URL.
fn download_blob(blob: Result<Blob, JsValue>, filename: &str) -> Result<(), String> {
    let blob = blob.map_err(|_| "无法生成文件")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "无法生成文件")?;
    download_url(&url, filename)?;
    // Revoked later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Loads `url` into `image`: a promise that settles once the image can be drawn, by `decode()`
/// where the browser has it and by `onload`/`onerror` where it does not (older WebViews).
fn loaded(image: &HtmlImageElement, url: &str) -> js_sys::Promise {
    let target = JsValue::from(image.clone());
    if super::optional::method(&target, "decode").is_some() {
        image.set_src(url);
        return image.decode();
    }
    let image = image.clone();
    let url = url.to_owned();
    js_sys::Promise::new(&mut move |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        image.set_onload(on_load.dyn_ref());
        image.set_onerror(on_error.dyn_ref());
        image.set_src(&url);
    })
}

/// The SVG (`width` × `height`) rasterised at `scale`, as a PNG data URL.
pub async fn png_data_url(svg: &str, width: u32, height: u32, scale: u32) -> Result<String, String> {
    let failed = |_| "无法生成图片".to_owned();
    let blob = blob(svg, "image/svg+xml;charset=utf-8").map_err(failed)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let image = HtmlImageElement::new().map_err(failed)?;
    let decoded = wasm_bindgen_futures::JsFuture::from(loaded(&image, &url)).await;
    let _ = Url::revoke_object_url(&url);
    decoded.map_err(failed)?;
    let canvas: HtmlCanvasElement = document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into().ok())
        .ok_or("无法生成图片")?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("无法生成图片")?;
    let (w, h) = (f64::from(width * scale), f64::from(height * scale));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)
        .map_err(failed)?;
    canvas.to_data_url_with_type("image/png").map_err(failed)
}

/// The address of the folder this page is in (ending in `/`), where the page is on the web (an
/// `http(s)` address); `None` opened from a file. `model::report_address` climbs from it.
pub fn page_folder() -> Option<String> {
    let location = web_sys::window()?.location();
    let protocol = location.protocol().ok()?;
    if protocol != "https:" && protocol != "http:" {
        return None;
    }
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    let folder = path.rfind('/').map_or("/", |at| &path[..=at]);
    Some(format!("{origin}{folder}"))
}

/// Puts `text` on the clipboard; where the Clipboard API is refused, copies the selection of the
/// text field `field_id` (which holds the same text) the old way.
pub async fn copy_text(text: &str, field_id: &str) -> bool {
    // `navigator.clipboard` is missing outside secure contexts (a plain-http address).
    let navigator = web_sys::window().map(|w| JsValue::from(w.navigator()));
    let clipboard = navigator.and_then(|n| super::optional::object(&n, "clipboard"));
    let write = clipboard.as_ref().and_then(|c| {
        let write = super::optional::method(c, "writeText")?;
        write
            .call1(c, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    if let Some(promise) = write {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let field = document()
        .and_then(|d| d.get_element_by_id(field_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let html = document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
    match (field, html) {
        (Some(field), Some(html)) => {
            field.select();
            html.exec_command("copy").unwrap_or(false)
        }
        _ => false,
    }
}
