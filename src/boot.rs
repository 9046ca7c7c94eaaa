//! Start-up in the browser, one function per bundle (each bundle is its own wasm, so the report
//! page never downloads the deck or the embed code): hydrate the prerendered root, or render
//! from scratch when it is empty (the development server).

use crate::components::SlideSource;
use crate::data;
use crate::model::Model;
use crate::pages::{
    EmbedPage, EmbedPageProps, PresentPage, PresentPageProps, ReportPage, ReportPageProps, SharePage, SharePageProps,
};
use crate::view::{View, BLOCK_ATTRIBUTE, ROOT_ID, VIEW_ATTRIBUTE};
use std::rc::Rc;
use yew::BaseComponent;

/// Mounts `C` on the root element (hydrating what the server rendered there); does nothing when
/// the page has no root.
fn mount<C: BaseComponent>(props: impl FnOnce(&web_sys::Element) -> Option<C::Properties> + 'static) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID))
    else {
        return;
    };
    let prerendered = root.child_element_count() > 0;
    // Each in a task of its own: the wasm's instantiation, reading the page's data into its
    // props, and the first render (Yew runs all of it at once) are then three shorter tasks instead
    // of one long one on a slow phone.
    crate::platform::in_next_task(move || {
        let Some(props) = props(&root) else {
            return;
        };
        crate::platform::in_next_task(move || {
            let renderer = yew::Renderer::<C>::with_root_and_props(root, props);
            if prerendered {
                renderer.hydrate();
            } else {
                renderer.render();
            }
        });
    });
}

/// The name of the measure of the page data's decoding in the performance timeline.
const PAGE_DATA_MEASURE: &str = "yitu-page-data";

/// The model of the report the page carries in its data block (`data::PageData`), its icons and
/// loader names installed for the views; decoding and building measured as one.
fn carried_model() -> Model {
    let text = crate::platform::page_data_text().unwrap_or_default();
    let built = crate::platform::measured(PAGE_DATA_MEASURE, || {
        data::PageData::decode(&text).map(|page_data| Model::new(Rc::new(page_data.install())))
    });
    match built {
        Ok(model) => model,
        Err(error) => crate::platform::fail_start(&format!("the page's data block cannot be read: {error}")),
    }
}

/// The report bundle: the report page (the 404 page runs no script).
pub fn start() {
    mount::<ReportPage>(|_| {
        Some(ReportPageProps {
            model: carried_model(),
            top_bar: Default::default(),
            overview: Default::default(),
            body: Default::default(),
        })
    });
}

/// The embed bundle: one block, named by the root's `data-block`.
pub fn start_embed() {
    mount::<EmbedPage>(|root| {
        Some(EmbedPageProps {
            model: carried_model(),
            block: Rc::from(root.get_attribute(BLOCK_ATTRIBUTE)?),
        })
    });
}

/// The share bundle: links, QR codes and pictures for WeChat.
pub fn start_share() {
    mount::<SharePage>(|_| Some(SharePageProps { model: carried_model() }));
}

/// The editor's bundle (`editor.html`): rendered afresh (nothing is prerendered), with the site's
/// build the page carries for its preview.
#[cfg(feature = "publish")]
pub fn start_editor() {
    use crate::pages::{EditorPage, EditorPageProps};
    mount::<EditorPage>(|_| {
        let build = crate::platform::editor_build_text().and_then(|text| crate::site::Build::decode(&text).ok());
        Some(EditorPageProps {
            build: build.map(Rc::new),
        })
    });
}

/// The deck bundle: the slides, or the speaker view when the root says so.
pub fn start_present() {
    mount::<PresentPage>(|root| {
        let speaker = root.get_attribute(VIEW_ATTRIBUTE).as_deref() == Some(View::Speaker.as_attribute());
        let slides = if root.child_element_count() > 0 {
            SlideSource::Prerendered
        } else {
            SlideSource::Built
        };
        Some(PresentPageProps::new(carried_model(), speaker, slides))
    });
}
