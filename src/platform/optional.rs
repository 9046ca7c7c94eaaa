//! Browser APIs that may be missing: looked up as properties before they are called, so a browser
//! that lacks one (an older WebView, a plain-http address) takes the fallback instead of throwing.

use wasm_bindgen::{JsCast, JsValue};

/// `target[name]` when it is a function.
pub fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// `target[name]` when it is an object (not `undefined` or `null`).
pub fn object(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(JsValue::is_object)
}

/// Calls `target.name()` if it is a function; the promise it returns, if any.
pub fn call(target: &JsValue, name: &str) -> Option<js_sys::Promise> {
    method(target, name)?
        .call0(target)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
}

/// Lets a promise settle without anyone awaiting it: a refusal is expected and not an error, so
/// it must not reach the page's `unhandledrejection` handler.
pub fn settle_quietly(promise: Option<js_sys::Promise>) {
    if let Some(promise) = promise {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Whether the page's Permissions Policy allows `feature` (`document.featurePolicy`, where the
/// browser exposes it; elsewhere assumed allowed, and a refusal is handled where it happens).
/// Asking first keeps a framed page from logging a policy violation for a feature it may not use.
pub fn policy_allows(feature: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(policy) = object(&document, "featurePolicy") else {
        return true;
    };
    method(&policy, "allowsFeature")
        .and_then(|allows| allows.call1(&policy, &JsValue::from_str(feature)).ok())
        .is_none_or(|allowed| allowed.is_truthy())
}
