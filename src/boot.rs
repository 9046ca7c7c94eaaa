//! Start-up in the browser: hydrate the prerendered page named by the root's `data-view`,
//! or render from scratch when the root is empty (the development server).

use crate::view::{View, BLOCK_ATTRIBUTE, ROOT_ID, VIEW_ATTRIBUTE};
use crate::{data, App, AppProps};
use std::rc::Rc;

/// Mounts the app on the root element; does nothing when the page has none.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    let report = Rc::new(data::embedded());
    let block = root.get_attribute(BLOCK_ATTRIBUTE);
    let view = root
        .get_attribute(VIEW_ATTRIBUTE)
        .and_then(|v| View::from_attributes(&report, &v, block.as_deref()));
    let prerendered = root.child_element_count() > 0;
    let props = AppProps {
        view: view.clone().unwrap_or(View::Report),
        report,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root, props);
    match view {
        Some(_) if prerendered => {
            renderer.hydrate();
        }
        _ => {
            renderer.render();
        }
    }
}
