//! The deck offline: its service worker (registered by the deck only), and whether the page is the
//! single file opened from a USB stick.

use wasm_bindgen::JsValue;

/// Registers the deck's service worker (`sw.js` beside the deck page; its scope is `present/`) and
/// calls `on_ready` once a worker is active, which means the deck now works offline. Nothing
/// happens on `file://`, in insecure contexts or where service workers are missing; failures are
/// silent (the deck works online regardless).
pub fn register_offline_deck(on_ready: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let present = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).is_ok_and(|c| c.is_object());
    let web = matches!(window.location().protocol().as_deref(), Ok("http:" | "https:"));
    if !present || !web {
        return;
    }
    let container = window.navigator().service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(container.register("sw.js"))
            .await
            .is_err()
        {
            return;
        }
        let Ok(ready) = container.ready() else {
            return;
        };
        if wasm_bindgen_futures::JsFuture::from(ready).await.is_ok() {
            on_ready();
        }
    });
}

/// Whether the page was opened from a file (the single-file deck on a USB stick).
pub fn opened_from_file() -> bool {
    web_sys::window().is_some_and(|w| w.location().protocol().as_deref() == Ok("file:"))
}
