//! Browser implementations: location and history, `<details>` state, scrolling, `hashchange`.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDetailsElement, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Keeps an event subscription alive; dropping it unsubscribes.
pub struct Subscription(#[allow(dead_code)] pub(super) Option<EventListener>);

/// The current fragment without its `#` (empty when there is none or no window).
pub fn fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// Rewrites the fragment without adding a history entry; `None` removes it.
pub fn replace_fragment(id: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = match id {
        Some(id) => format!("#{id}"),
        None => {
            let path = location.pathname().unwrap_or_default();
            let search = location.search().unwrap_or_default();
            format!("{path}{search}")
        }
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn details(id: &str) -> Option<HtmlDetailsElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether the `<details>` element with this id is open, if there is one.
pub fn details_open(id: &str) -> Option<bool> {
    details(id).map(|d| d.open())
}

/// The `open` state of the `<details>` element an event (such as `toggle`) came from.
pub fn event_details_open(event: &yew::Event) -> Option<bool> {
    event.target()?.dyn_into::<HtmlDetailsElement>().ok().map(|d| d.open())
}

/// Opens `section` (a `<details>` id) if given, then scrolls the element `anchor` into view.
pub fn reveal(section: Option<&str>, anchor: &str) {
    if let Some(details) = section.and_then(details) {
        details.set_open(true);
    }
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(anchor));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Calls `callback` with the new fragment whenever it changes (a link, Back, typing a URL).
pub fn on_hash_change(callback: impl Fn(String) + 'static) -> Subscription {
    let listener =
        web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| callback(fragment())));
    Subscription(listener)
}

/// Marks the document as hydrated and interactive (`<html data-app="ready">`), for tests and styles.
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The rendered width of the element with this id, in CSS pixels.
pub fn element_width(id: &str) -> Option<f64> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    let width = element.get_bounding_client_rect().width();
    (width > 0.0).then_some(width)
}

/// Calls `callback` whenever the window is resized (charts redraw at their new width).
pub fn on_resize(callback: impl Fn() + 'static) -> Subscription {
    let listener = web_sys::window().map(|window| EventListener::new(&window, "resize", move |_| callback()));
    Subscription(listener)
}
