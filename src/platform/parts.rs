//! A page started in parts: each part an app of its own, mounted on an element of the page (the
//! report's body and each section's content start after the page itself, one task each, so no
//! task of the start runs long on a slow phone).

use super::browser::in_next_task;
use super::NearWork;
use yew::{BaseComponent, NodeRef};

/// Mounts `C` on `host`: hydrating what is already in it (the server's rendering), or rendering
/// into it when it is empty (the development server). Nothing when the element is gone.
pub fn start_app_in<C: BaseComponent>(host: &NodeRef, props: C::Properties) {
    let Some(host) = host.cast::<web_sys::Element>() else {
        return;
    };
    let renderer = yew::Renderer::<C>::with_root_and_props(host.clone(), props);
    if host.has_child_nodes() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

/// How near `element` is to the reader, lower first: on the screen, minus the height of it that
/// shows (the section read before the one under the top bar's edge); off it, how far away it is,
/// in CSS pixels. An element in a closed `<details>` counts where that `<details>` is (asking
/// where hidden content is would lay it all out); one that lays out no box of its own
/// (`display: contents`), where its parent is.
fn nearness(element: Option<web_sys::Element>) -> f64 {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let closed = |e: &web_sys::Element| e.closest("details:not([open])").ok().flatten();
    let mut current = element.map(|e| closed(&e).unwrap_or(e));
    while let Some(element) = current {
        let rect = element.get_bounding_client_rect();
        if rect.width() > 0.0 || rect.height() > 0.0 {
            let shown = rect.bottom().min(height) - rect.top().max(0.0);
            let away = (-rect.bottom()).max(rect.top() - height);
            return if shown > 0.0 { -shown } else { away };
        }
        current = element.parent_element();
    }
    f64::INFINITY
}

/// Runs each piece of `work` in a task of its own, the nearest to the screen first (where the
/// reader is, which a fragment may have moved; equally near, in the page's order), then `then` in a
/// task after the last.
pub fn run_nearest_first(work: Vec<NearWork>, then: impl FnOnce() + 'static) {
    let mut waiting: Vec<(f64, Box<dyn FnOnce()>)> = work
        .into_iter()
        .map(|w| (nearness(w.near.cast::<web_sys::Element>()), w.run))
        .collect();
    // In the order they will run, last first (`run_in_turn` pops): the least near, the latest in
    // the page among equals, picked out one at a time (a handful of parts; no sort's code in the
    // wasm).
    let mut runs = Vec::with_capacity(waiting.len());
    while !waiting.is_empty() {
        let mut latest = 0;
        for (i, (nearness, _)) in waiting.iter().enumerate() {
            if *nearness >= waiting[latest].0 {
                latest = i;
            }
        }
        runs.push(waiting.remove(latest).1);
    }
    run_in_turn(runs, Box::new(then));
}

/// Runs the last of `runs` in the next task, and so on; `then` after them all.
fn run_in_turn(mut runs: Vec<Box<dyn FnOnce()>>, then: Box<dyn FnOnce()>) {
    in_next_task(move || match runs.pop() {
        Some(run) => {
            run();
            run_in_turn(runs, then);
        }
        None => then(),
    });
}
