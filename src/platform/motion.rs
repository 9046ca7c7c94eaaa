//! Counting numbers up as they scroll into view after the app starts: never those visible or already
//! scrolled past then, never with reduced motion. The counting number is drawn over the real one, which stays in the text
//! for screen readers and copying; printing shows the final value at once.

use super::{document, Subscription};
use crate::model::{counted, split_number, CountUp};
use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// The number shown while counting, drawn over the real one by CSS (`::after`, with empty
/// alternative text): the element's own text, which screen readers, copying and print get, is
/// always the figure as written.
const COUNT: &str = "data-count";

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches())
}

fn frame(element: Element, number: CountUp, suffix: String, start: Option<f64>) {
    let step = Closure::once_into_js(move |now: f64| {
        if !element.has_attribute(COUNT) {
            return; // finished early (printing)
        }
        let start = start.unwrap_or(now);
        let shown = counted(number.target, now - start);
        if shown == number.target {
            let _ = element.remove_attribute(COUNT);
        } else {
            let _ = element.set_attribute(COUNT, &format!("{}{suffix}", number.text(shown)));
            frame(element, number, suffix, Some(start));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(step.unchecked_ref());
    }
}

fn count_up(element: Element) {
    let text = element.text_content().unwrap_or_default();
    let Some((number, suffix)) = split_number(&text) else {
        return;
    };
    let _ = element.set_attribute(COUNT, &format!("{}{suffix}", number.text(0)));
    frame(element, number, suffix.to_owned(), None);
}

struct Watcher {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
    _print: Option<EventListener>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches the numbers matching `selector` that are out of view now, and counts each up the first
/// time it scrolls into view.
pub fn count_up_when_seen(selector: &str) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    if reduced_motion() {
        return Subscription(None);
    }
    // The observer's first report covers every number at once, computed with the next frame (no
    // layout forced now): those in view then were visible at load and never count.
    let first_report = std::cell::Cell::new(true);
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let at_load = first_report.replace(false);
            for entry in entries
                .iter()
                .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
            {
                // Above the view when the app starts: the reader scrolled past it before (the
                // report's wasm starts on the first act), so it has been seen and never counts.
                let passed = at_load && entry.bounding_client_rect().bottom() < 0.0;
                if entry.is_intersecting() || passed {
                    observer.unobserve(&entry.target());
                    if !at_load {
                        count_up(entry.target());
                    }
                }
            }
        },
    );
    let Ok(observer) = IntersectionObserver::new(callback.as_ref().unchecked_ref()) else {
        return Subscription(None);
    };
    if let Ok(numbers) = document.query_selector_all(selector) {
        for element in (0..numbers.length()).filter_map(|i| numbers.item(i)?.dyn_into::<Element>().ok()) {
            observer.observe(&element);
        }
    }
    let print = web_sys::window().map(|window| {
        EventListener::new(&window, "beforeprint", move |_| {
            if let Ok(counting) = document.query_selector_all(&format!("[{COUNT}]")) {
                for element in (0..counting.length()).filter_map(|i| counting.item(i)?.dyn_into::<Element>().ok()) {
                    let _ = element.remove_attribute(COUNT);
                }
            }
        })
    });
    Subscription(Some(Box::new(Watcher {
        observer,
        _callback: callback,
        _print: print,
    })))
}
