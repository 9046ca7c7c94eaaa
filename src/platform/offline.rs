//! The deck offline: its service worker (registered by the deck only), and whether the page is the
//! single file opened from a USB stick.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

/// Registers the deck's service worker (`sw.js` beside the deck page; its scope is `present/`) and
/// calls `on_ready` once the active worker is the one of this page's deployment (it reports the
/// version the page carries in `<meta name="yitu-deck-version">`), which means this deck now works
/// offline. Nothing happens on `file://`, in insecure contexts or where service workers are
/// missing; failures are silent (the deck works online regardless).
pub fn register_offline_deck(on_ready: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let present = super::optional::object(&navigator, "serviceWorker").is_some();
    let web = matches!(window.location().protocol().as_deref(), Ok("http:" | "https:"));
    let version = window
        .document()
        .and_then(|d| d.query_selector("meta[name=\"yitu-deck-version\"]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    let (true, true, Some(version)) = (present, web, version) else {
        return;
    };
    let container = window.navigator().service_worker();
    listen_for_version(&container, version, on_ready);
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(container.register("sw.js"))
            .await
            .is_err()
        {
            return;
        }
        ask_version(&container).await;
        // A newer worker taking over (this deployment's, replacing an older one) is asked again.
        let asking = container.clone();
        EventListener::new(&container, "controllerchange", move |_| {
            let asking = asking.clone();
            wasm_bindgen_futures::spawn_local(async move { ask_version(&asking).await });
        })
        .forget();
    });
}

/// Asks the active worker, once there is one, which version it serves.
async fn ask_version(container: &web_sys::ServiceWorkerContainer) {
    let Ok(ready) = container.ready() else {
        return;
    };
    let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
        return;
    };
    let active = registration
        .dyn_into::<web_sys::ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.active());
    if let Some(worker) = active {
        let _ = worker.post_message(&JsValue::from_str("yitu-deck-version"));
    }
}

/// Calls `on_ready` (once) when a worker reports `version`. The listener lives as long as the page:
/// the deck is the whole page.
fn listen_for_version(container: &web_sys::ServiceWorkerContainer, version: String, on_ready: impl FnOnce() + 'static) {
    let mut on_ready = Some(on_ready);
    EventListener::new(container, "message", move |event| {
        let reported = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|e| js_sys::Reflect::get(&e.data(), &"yituDeckVersion".into()).ok())
            .and_then(|v| v.as_string());
        if reported.as_deref() == Some(version.as_str()) {
            if let Some(ready) = on_ready.take() {
                ready();
            }
        }
    })
    .forget();
}

/// Whether the page was opened from a file (the single-file deck on a USB stick).
pub fn opened_from_file() -> bool {
    web_sys::window().is_some_and(|w| w.location().protocol().as_deref() == Ok("file:"))
}
