//! Figures rising into place as they scroll into view after the app starts: never those visible or
//! already scrolled past then, never with reduced motion. Only the figure's position and opacity
//! move: every frame shows the figure as written, never another number.

use super::{document, Subscription};
use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// Set on a figure when it comes into view; CSS makes it rise and fade in (not in print).
const RISE: &str = "data-rise";

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches())
}

struct Watcher {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
    /// Takes `data-rise` off a figure that has risen, so a deck slide shown again does not replay it.
    _risen: EventListener,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches the figures matching `selector` that are out of view now, and lets each rise into place
/// the first time it scrolls into view.
pub fn rise_when_seen(selector: &str) -> Subscription {
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
                // report's wasm starts on the first act), so it has been seen and never moves.
                let passed = at_load && entry.bounding_client_rect().bottom() < 0.0;
                if entry.is_intersecting() || passed {
                    observer.unobserve(&entry.target());
                    if !at_load {
                        let _ = entry.target().set_attribute(RISE, "");
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
    let risen = EventListener::new(&document, "animationend", |event| {
        if let Some(figure) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            let _ = figure.remove_attribute(RISE);
        }
    });
    Subscription(Some(Box::new(Watcher {
        observer,
        _callback: callback,
        _risen: risen,
    })))
}
