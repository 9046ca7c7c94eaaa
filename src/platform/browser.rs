//! Browser implementations: location and history, `<details>` state, scrolling, `hashchange`.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDetailsElement, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Keeps an event subscription alive; dropping it unsubscribes.
pub struct Subscription(#[allow(dead_code)] pub(super) Option<Box<dyn std::any::Any>>);

impl Subscription {
    pub(super) fn listening(listener: Option<EventListener>) -> Self {
        Subscription(listener.map(|l| Box::new(l) as Box<dyn std::any::Any>))
    }

    /// Several subscriptions held as one.
    pub fn all<const N: usize>(subscriptions: [Subscription; N]) -> Self {
        Subscription(Some(Box::new(subscriptions)))
    }
}

/// The page's document, when there is a window.
pub(super) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The current fragment without its `#` (empty when there is none or no window).
pub fn fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The page's own address, as printed under it: origin and path, without its query or fragment
/// (empty when there is no window, or for a page opened from a file, whose address no phone opens).
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    if !origin.starts_with("http") {
        return String::new();
    }
    format!("{origin}{}", location.pathname().unwrap_or_default())
}

/// The page's query with its `?` (empty when there is none or no window).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
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
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether the `<details>` element with this id is open, if there is one.
pub fn details_open(id: &str) -> Option<bool> {
    details(id).map(|d| d.open())
}

/// Whether the reader left the `<details>` `id` open before the app started: as the page's first
/// script marked it (`data-early-open`, since hydration sets `open` as the server rendered it),
/// else as it is; the mark is taken once.
pub fn details_open_before_app(id: &str) -> Option<bool> {
    let details = details(id)?;
    let marked = details.get_attribute("data-early-open");
    let _ = details.remove_attribute("data-early-open");
    let open = match marked.as_deref() {
        Some("closed") => false,
        Some(_) => true,
        None => details.open(),
    };
    // Put back on the element at once: hydration set the server's `open`, and the `toggle` it
    // queued must find the reader's state when it comes, even before the app re-renders.
    details.set_open(open);
    Some(open)
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
    let element = document().and_then(|d| d.get_element_by_id(anchor));
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
    Subscription::listening(listener)
}

/// Runs `start` in a task of its own, once the current one has finished: start-up split this way
/// lets the browser paint and answer input in between.
pub fn in_next_task(start: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, start).forget();
}

/// Subscribes with `subscribe` in a task of its own, after the current one (work that can wait
/// out of the start's task); dropping the returned subscription first means it never runs, and
/// afterwards unsubscribes what it made.
pub fn subscribe_later(subscribe: impl FnOnce() -> Subscription + 'static) -> Subscription {
    let held = std::rc::Rc::new(std::cell::RefCell::new(None::<Subscription>));
    let weak = std::rc::Rc::downgrade(&held);
    in_next_task(move || {
        if let Some(held) = weak.upgrade() {
            held.replace(Some(subscribe()));
        }
    });
    Subscription(Some(Box::new(held)))
}

/// Marks the document as hydrated and interactive (`<html data-app="ready">`), for tests and styles;
/// a control tapped before then no longer shows as waiting.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
    end_pending();
}

/// The control the page's first script marked as tapped and waiting (`data-pending`), unmarked.
fn end_pending() {
    if let Some(kept) = document().and_then(|d| d.query_selector("[data-pending]").ok().flatten()) {
        let _ = kept.remove_attribute("data-pending");
    }
}

/// The `data-early` of the control tapped before the app was ready (the page's first script keeps
/// it on `<html data-early-click>`), when it starts with `prefix`; taken once, by the component
/// the control belongs to.
pub fn take_early_click(prefix: &str) -> Option<String> {
    let root = document()?.document_element()?;
    let tapped = root
        .get_attribute("data-early-click")
        .filter(|t| t.starts_with(prefix))?;
    let _ = root.remove_attribute("data-early-click");
    end_pending();
    Some(tapped)
}

/// The keys pressed on the deck before the app was ready, in order (`KeyboardEvent.key` values,
/// which the page's first script keeps on `<html data-early-keys>`, a line each); taken once.
pub fn take_early_keys() -> Vec<String> {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return Vec::new();
    };
    let keys = root.get_attribute("data-early-keys").unwrap_or_default();
    let _ = root.remove_attribute("data-early-keys");
    keys.lines().filter(|key| !key.is_empty()).map(str::to_owned).collect()
}

/// The current text of the input with this id (typed before the app was ready, say).
pub fn field_value(id: &str) -> Option<String> {
    let input = document()?.get_element_by_id(id)?;
    input
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|input| input.value())
}

/// The rendered width of the element with this id, in CSS pixels.
pub fn element_width(id: &str) -> Option<f64> {
    let element = document()?.get_element_by_id(id)?;
    let width = element.get_bounding_client_rect().width();
    (width > 0.0).then_some(width)
}

/// A `ResizeObserver` that stops observing when dropped.
struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)>,
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `callback` with the element's width and height whenever it is laid out at a new size
/// with both non-zero (first layout, a section opening, a window or container resize, a font tier
/// that changes a height given in `rem`).
pub fn observe_size(id: &str, callback: impl Fn(f64, f64) + 'static) -> Subscription {
    let id_owned = id.to_owned();
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let Some(element) = document().and_then(|d| d.get_element_by_id(&id_owned)) else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        if rect.width() > 0.0 && rect.height() > 0.0 {
            callback(rect.width(), rect.height());
        }
    });
    let element = document().and_then(|d| d.get_element_by_id(id));
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok();
    match (element, observer) {
        (Some(element), Some(observer)) => {
            observer.observe(&element);
            Subscription(Some(Box::new(SizeObserver {
                observer,
                _callback: closure,
            })))
        }
        _ => Subscription(None),
    }
}

/// Calls `callback` just before the page is printed.
pub fn on_before_print(callback: impl Fn() + 'static) -> Subscription {
    let listener = web_sys::window().map(|w| EventListener::new(&w, "beforeprint", move |_| callback()));
    Subscription::listening(listener)
}

/// Opens every `<details>` matching `selector`.
pub fn open_all_details(selector: &str) {
    let Some(found) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for details in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<HtmlDetailsElement>().ok()) {
        details.set_open(true);
    }
}

/// Whether the event happened on (or inside) an element matching `selector`.
pub(super) fn target_within(event: &web_sys::Event, selector: &str) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.closest(selector).ok().flatten().is_some())
}

/// Calls `callback` when `/` is pressed outside a text field (the search shortcut).
pub fn on_slash_key(callback: impl Fn() + 'static) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let typing = target_within(event, "input, textarea, select, [contenteditable]");
        if event.key() == "/" && !typing && !event.ctrl_key() && !event.meta_key() && !event.alt_key() {
            event.prevent_default();
            callback();
        }
    });
    Subscription::listening(Some(listener))
}

/// Moves focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(element) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The value of the text field an `input` event came from.
pub fn input_value(event: &yew::InputEvent) -> Option<String> {
    let target = event.target()?;
    target
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|input| input.value())
}

/// The text of the page's data block (`data::DATA_ELEMENT_ID`), if the page has one.
pub fn page_data_text() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(crate::data::DATA_ELEMENT_ID)?
        .text_content()
}

/// `work`'s result, its time recorded in the page's performance timeline as a measure named `name`
/// (which traces and `cargo xtask bench` read); without a timeline, just the result.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    result
}

/// Ends the start-up with an uncaught error, which the page's failure notice answers: for a page
/// whose own data cannot be read (the prerendered text stays readable).
pub fn fail_start(message: &str) -> ! {
    wasm_bindgen::throw_str(message)
}
