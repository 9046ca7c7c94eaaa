//! Browser side of sharing: the Web Share API where the browser has one (WeChat's in-app browser
//! often does not), and the report's own address as this share page was loaded.

use wasm_bindgen::{JsCast, JsValue};

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether `navigator.share` exists.
pub fn can_web_share() -> bool {
    navigator().is_some_and(|n| js_sys::Reflect::has(&n, &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the system's share sheet with a title and an address; `Ok` also when the reader cancels.
pub async fn web_share(title: &str, url: &str) -> Result<(), String> {
    let navigator = navigator().ok_or("无法调用系统分享")?;
    let share = super::optional::method(&navigator, "share").ok_or("此浏览器不支持系统分享")?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
    let promise = share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("无法调用系统分享")?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Ok(())
            } else {
                Err("系统分享未能完成".to_owned())
            }
        }
    }
}
