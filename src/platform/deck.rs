//! The deck in the browser: keys (reveal.js's map), swipes and clicks, fullscreen, a screen that
//! stays awake, a cursor that hides when idle, the document title, the speaker view kept in step
//! over a `BroadcastChannel`, the audience window on the other screen, and the overview's grid.

use super::{document, target_within, Subscription};
use crate::model::{deck_command, DeckCommand, SlideOrder, SlideStamp};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `callback` with the command of each key pressed (without Ctrl, Alt or Meta), keeping the
/// browser from acting on it (F5 would reload, Space would scroll).
pub fn on_deck_keys(callback: impl Fn(DeckCommand) + 'static) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let options = EventListenerOptions::enable_prevent_default();
    let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        // Keys typed into a field (the pacing target) are the field's.
        if target_within(event, "input, textarea, select") {
            return;
        }
        let in_field = target_within(event, "button, a");
        if let Some(command) = deck_command(&event.key()) {
            // Enter and Space on a focused control keep their own meaning.
            if in_field
                && matches!(command, DeckCommand::Go | DeckCommand::Next)
                && matches!(event.key().as_str(), "Enter" | " ")
            {
                return;
            }
            event.prevent_default();
            callback(command);
        }
    });
    Subscription::listening(Some(listener))
}

/// Swipes on touch screens and clicks on the right or left half step through the slides (not
/// clicks on links or buttons).
pub fn on_deck_pointer(callback: impl Fn(DeckCommand) + 'static) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let callback = Rc::new(callback);
    let start = Rc::new(Cell::new(None::<(f64, f64)>));
    let touch_at = |event: &web_sys::Event| {
        let touch = event.dyn_ref::<web_sys::TouchEvent>()?.changed_touches().get(0)?;
        Some((f64::from(touch.client_x()), f64::from(touch.client_y())))
    };
    let on_start = {
        let start = start.clone();
        EventListener::new(&document, "touchstart", move |event| start.set(touch_at(event)))
    };
    let on_end = {
        let (start, callback) = (start.clone(), callback.clone());
        EventListener::new(&document, "touchend", move |event| {
            if let (Some((x0, y0)), Some((x1, y1))) = (start.take(), touch_at(event)) {
                let (dx, dy) = (x1 - x0, y1 - y0);
                if dx.abs() > 50.0 && dx.abs() > dy.abs() {
                    callback(if dx < 0.0 {
                        DeckCommand::Next
                    } else {
                        DeckCommand::Previous
                    });
                }
            }
        })
    };
    let on_click = EventListener::new(&document, "click", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let on_control = target_within(event, "a, button, summary, input, textarea, dialog");
        let width = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0);
        if !on_control && width > 0.0 {
            callback(if f64::from(event.client_x()) >= width / 2.0 {
                DeckCommand::Next
            } else {
                DeckCommand::Previous
            });
        }
    });
    Subscription(Some(Box::new((on_start, on_end, on_click))))
}

/// Enters fullscreen, or leaves it. Where fullscreen is refused (a frame without
/// `allowfullscreen`, a Permissions-Policy) or missing, nothing happens and nothing is raised.
pub fn toggle_fullscreen() {
    use super::optional::{call, settle_quietly};
    let Some(document) = document() else {
        return;
    };
    let enabled = js_sys::Reflect::get(&document, &"fullscreenEnabled".into()).is_ok_and(|e| e.is_truthy());
    if !enabled {
        return;
    }
    if document.fullscreen_element().is_some() {
        settle_quietly(call(&document, "exitFullscreen"));
    } else if let Some(root) = document.document_element() {
        settle_quietly(call(&root, "requestFullscreen"));
    }
}

/// Shows the deck's slide at `index` (in page order) and hides the others: the slides are static
/// markup adopted from the server, so which one shows is set on the elements. Only what changes is
/// touched.
pub fn show_only_slide(index: usize) {
    let Some(slides) = document().and_then(|d| d.query_selector_all("#main.deck > .slide").ok()) else {
        return;
    };
    for i in 0..slides.length() {
        let Some(slide) = slides.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let shown = usize::try_from(i).is_ok_and(|i| i == index);
        if shown && slide.has_attribute("hidden") {
            let _ = slide.remove_attribute("hidden");
        } else if !shown && !slide.has_attribute("hidden") {
            let _ = slide.set_attribute("hidden", "");
        }
    }
}

/// Keeps the screen awake while the deck is open (Screen Wake Lock, where the browser has it),
/// asking again when the page becomes visible; released when dropped.
pub fn keep_screen_awake() -> Subscription {
    let Some(window) = web_sys::window() else {
        return Subscription(None);
    };
    if !super::optional::policy_allows("screen-wake-lock") {
        return Subscription(None);
    }
    let sentinel = Rc::new(RefCell::new(None::<JsValue>));
    let request = {
        let sentinel = sentinel.clone();
        move || {
            let navigator: JsValue = web_sys::window().map(|w| w.navigator().into()).unwrap_or(JsValue::NULL);
            let Some(wake_lock) = super::optional::object(&navigator, "wakeLock") else {
                return;
            };
            let Some(request) = super::optional::method(&wake_lock, "request") else {
                return;
            };
            let Ok(promise) = request.call1(&wake_lock, &"screen".into()) else {
                return;
            };
            let sentinel = sentinel.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(lock) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
                    sentinel.replace(Some(lock));
                }
            });
        }
    };
    request();
    let visible = EventListener::new(&window, "visibilitychange", move |_| {
        if document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible) {
            request();
        }
    });
    Subscription(Some(Box::new((visible, sentinel))))
}

/// Marks `<html data-idle>` after three seconds without pointer movement (the cursor and the
/// controls hide), and clears it on the next movement.
pub fn hide_when_idle() -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let timer = Rc::new(RefCell::new(None::<Timeout>));
    let restart = move || {
        if let Some(root) = super::document().and_then(|d| d.document_element()) {
            let _ = root.remove_attribute("data-idle");
        }
        timer.replace(Some(Timeout::new(3_000, || {
            if let Some(root) = super::document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-idle", "");
            }
        })));
    };
    restart();
    let moved = EventListener::new(&document, "pointermove", move |_| restart());
    Subscription::listening(Some(moved))
}

pub fn set_document_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// The audience window's address: the deck at `deck_folder` (relative to this page; empty for
/// this very page, as in the single-file deck), showing slide `number` (1-based).
pub fn audience_address(deck_folder: &str, number: usize) -> String {
    let Some(here) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    match web_sys::Url::new_with_base(deck_folder, &here) {
        Ok(url) => {
            url.set_hash(&number.to_string());
            url.href()
        }
        Err(_) => String::new(),
    }
}

/// The Window Management permission's state (`navigator.permissions`), where the browser says.
async fn window_management_state() -> Option<String> {
    use super::optional::{method, object};
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let permissions = object(&navigator, "permissions")?;
    let query = method(&permissions, "query")?;
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"name".into(), &"window-management".into()).ok()?;
    let promise = query
        .call1(&permissions, &descriptor)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let status = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    js_sys::Reflect::get(&status, &"state".into()).ok()?.as_string()
}

/// The screens, as far as the Window Management API tells them without a prompt: only when its
/// permission is already granted (a prompt could outlast the press that opens the window). A
/// refusal, a policy or a missing API is an answer, never an error.
pub async fn screens() -> crate::model::Screens {
    use super::optional::{method, object};
    use crate::model::Screens;
    let Some(window) = web_sys::window() else {
        return Screens::Unknown;
    };
    let window: JsValue = window.into();
    let Some(get) = method(&window, "getScreenDetails") else {
        return Screens::Unknown;
    };
    if !super::optional::policy_allows("window-management") {
        return Screens::Denied;
    }
    match window_management_state().await.as_deref() {
        Some("granted") => {}
        Some("denied") => return Screens::Denied,
        _ => return Screens::NotYetPermitted,
    }
    let Ok(promise) = get.call0(&window).and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        return Screens::Denied;
    };
    let Ok(details) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return Screens::Denied;
    };
    let current = object(&details, "currentScreen").unwrap_or(JsValue::NULL);
    let list = js_sys::Reflect::get(&details, &"screens".into()).unwrap_or(JsValue::UNDEFINED);
    let Ok(list) = list.dyn_into::<js_sys::Array>() else {
        return Screens::Denied;
    };
    Screens::Known(list.iter().map(|screen| screen_area(&screen, &current)).collect())
}

/// Asks for the Window Management permission (the browser's prompt), for the next 打开观众窗口;
/// the answer is not awaited and a refusal is not an error.
pub fn ask_for_screens() {
    use super::optional::{call, settle_quietly};
    if let Some(window) = web_sys::window() {
        settle_quietly(call(&window.into(), "getScreenDetails"));
    }
}

/// One `ScreenDetailed`'s available area (missing numbers read as 0, which is never chosen).
fn screen_area(screen: &JsValue, current: &JsValue) -> crate::model::ScreenArea {
    let number = |name: &str| {
        js_sys::Reflect::get(screen, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|n| n.is_finite())
            .unwrap_or(0.0)
    };
    let flag = |name: &str| js_sys::Reflect::get(screen, &name.into()).is_ok_and(|v| v.is_truthy());
    crate::model::ScreenArea {
        left: number("availLeft") as i32,
        top: number("availTop") as i32,
        width: number("availWidth").max(0.0) as u32,
        height: number("availHeight").max(0.0) as u32,
        primary: flag("isPrimary"),
        current: js_sys::Object::is(screen, current),
    }
}

/// Opens (or reuses) the audience window at `url`, over `screen` when one is given; false when the
/// browser refused the window.
pub fn open_audience_window(url: &str, screen: Option<&crate::model::ScreenArea>) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let opened = match screen {
        Some(screen) => window.open_with_url_and_target_and_features(
            url,
            "yitu-audience",
            &crate::model::audience_window_features(screen),
        ),
        None => window.open_with_url_and_target(url, "yitu-audience"),
    };
    matches!(opened, Ok(Some(_)))
}

/// The storage key of the target duration the presenter set for the deck in `deck_folder`.
fn talk_minutes_key(deck_folder: &str) -> Option<String> {
    channel_name(deck_folder).map(|name| format!("{name} talk-minutes"))
}

/// The target duration the presenter last set for this deck, if any.
pub fn stored_talk_minutes(deck_folder: &str) -> Option<u16> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let text = storage.get_item(&talk_minutes_key(deck_folder)?).ok().flatten()?;
    crate::model::parse_talk_minutes(&text)
}

/// Remembers the target duration for this deck (quietly nothing where storage is refused).
pub fn store_talk_minutes(deck_folder: &str, minutes: u16) {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let (Some(storage), Some(key)) = (storage, talk_minutes_key(deck_folder)) {
        let _ = storage.set_item(&key, &minutes.to_string());
    }
}

/// How many columns the grid `id` is laid out in now.
pub fn grid_columns(id: &str) -> Option<usize> {
    let element = document()?.get_element_by_id(id)?;
    let style = web_sys::window()?.get_computed_style(&element).ok().flatten()?;
    let columns = style.get_property_value("grid-template-columns").ok()?;
    Some(columns.split_whitespace().count()).filter(|n| *n > 0)
}

/// Focuses the element `id` and scrolls it into view if it is not.
pub fn focus_into_view(id: &str) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The channel the deck and its speaker view share; each announces the slide it shows, stamped
/// (`model::SlideOrder`) so that changes crossing on the channel resolve the same way in both.
pub struct DeckChannel(Option<(web_sys::BroadcastChannel, Rc<Cell<SlideOrder>>)>);

impl DeckChannel {
    /// Tells the other windows that this one now shows slide `index` (0-based): `[index, counter,
    /// window]`.
    pub fn announce(&self, index: usize) {
        if let Some((channel, order)) = &self.0 {
            let mut known = order.get();
            let stamp = known.stamp_local(js_sys::Date::now().max(0.0) as u64);
            order.set(known);
            let message = js_sys::Array::of3(
                &JsValue::from_f64(index as f64),
                &JsValue::from_f64(stamp.counter as f64),
                &JsValue::from_f64(f64::from(stamp.window)),
            );
            let _ = channel.post_message(&message);
        }
    }
}

/// A whole number in `0..below` from a message's part.
fn whole(value: JsValue, below: f64) -> Option<f64> {
    value.as_f64().filter(|n| n.fract() == 0.0 && (0.0..below).contains(n))
}

/// A slide announcement: `[index, counter, window]`, each a whole number in range; anything else
/// is `None`.
fn announcement(data: &JsValue) -> Option<(usize, SlideStamp)> {
    let parts = data.dyn_ref::<js_sys::Array>().filter(|a| a.length() == 3)?;
    let index = whole(parts.get(0), 10_000.0)?;
    let counter = whole(parts.get(1), 9_007_199_254_740_992.0)?;
    let window = whole(parts.get(2), 4_294_967_296.0)?;
    Some((
        index as usize,
        SlideStamp {
            counter: counter as u64,
            window: window as u32,
        },
    ))
}

/// The channel's name for the deck in `deck_folder` (relative to this page: `./` from the deck,
/// `../` from its speaker view): one per deck, so two years' decks on one origin never steer
/// each other.
fn channel_name(deck_folder: &str) -> Option<String> {
    let here = web_sys::window()?.location().href().ok()?;
    let folder = web_sys::Url::new_with_base(deck_folder, &here).ok()?;
    folder.set_hash("");
    folder.set_search("");
    Some(format!("yitu-deck {}", folder.href()))
}

/// Joins the channel of the deck in `deck_folder`; `callback` gets each slide index another
/// window of that deck announces later than any change known here (a change crossing one made
/// here loses in both windows or wins in both; any other message is ignored).
pub fn deck_channel(deck_folder: &str, callback: impl Fn(usize) + 'static) -> (DeckChannel, Subscription) {
    let channel = channel_name(deck_folder).and_then(|name| web_sys::BroadcastChannel::new(&name).ok());
    let Some(channel) = channel else {
        return (DeckChannel(None), Subscription(None));
    };
    let window = (js_sys::Math::random() * 4_294_967_295.0) as u32;
    let order = Rc::new(Cell::new(SlideOrder::new(window)));
    let listener = {
        let order = order.clone();
        EventListener::new(&channel, "message", move |event| {
            let heard = event
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|e| announcement(&e.data()));
            let Some((index, stamp)) = heard else {
                return;
            };
            let mut known = order.get();
            let later = known.hear(stamp);
            order.set(known);
            if later {
                callback(index);
            }
        })
    };
    (
        DeckChannel(Some((channel.clone(), order))),
        Subscription::listening(Some(listener)),
    )
}

/// Seconds since the epoch, by the browser's clock.
pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0).max(0.0) as u64
}

/// The time of day as `HH:MM:SS`.
pub fn clock_text() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

/// Calls `callback` every second until dropped.
pub fn every_second(callback: impl Fn() + 'static) -> Subscription {
    Subscription(Some(Box::new(gloo::timers::callback::Interval::new(1_000, callback))))
}
