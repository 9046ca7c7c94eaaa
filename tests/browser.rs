//! Browser tests in headless Chromium (wasm-bindgen-test): sections open and close, the state and
//! the fragment follow, deep links open their section. Keyboard (trusted key events) is in tests/e2e.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlDetailsElement, HtmlElement};
use yitu::{App, AppProps, View};

wasm_bindgen_test_configure!(run_in_browser);

/// The model of the report under test as a page carries it: `cargo xtask test` writes its page
/// data and names the file in `YITU_PAGE_DATA`.
fn model() -> yitu::model::Model {
    const PAGE_DATA: &str = include_str!(env!(
        "YITU_PAGE_DATA",
        "run through `cargo xtask test`, which writes the report's page data and names it in YITU_PAGE_DATA"
    ));
    yitu::model::Model::new(std::rc::Rc::new(
        yitu::data::PageData::decode(PAGE_DATA).unwrap().install(),
    ))
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_fragment(fragment: &str) {
    let url = if fragment.is_empty() {
        "?".to_owned()
    } else {
        format!("#{fragment}")
    };
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(50).await;
}

/// Renders the report page into a fresh root; the handle unmounts it when dropped by `destroy`.
async fn mount() -> yew::AppHandle<App> {
    if let Some(old) = document().get_element_by_id("test-root") {
        old.remove();
    }
    let html = document().document_element().unwrap();
    html.remove_attribute("data-app").unwrap();
    let root = document().create_element("div").unwrap();
    root.set_id("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            view: View::Report,
            model: model(),
        },
    )
    .render();
    // The page's effects have run once it marks itself ready (a loaded machine may take a while).
    for _ in 0..100 {
        if html.get_attribute("data-app").is_some() {
            break;
        }
        settle().await;
    }
    settle().await;
    handle
}

fn details(id: &str) -> HtmlDetailsElement {
    document().get_element_by_id(id).unwrap().dyn_into().unwrap()
}

fn summary(id: &str) -> HtmlElement {
    details(id)
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn button(label: &str) -> HtmlElement {
    let buttons = document().query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default() == label)
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_first_area_starts_open_and_the_rest_closed() {
    set_fragment("");
    let app = mount().await;
    let model = model();
    let sections = model.sections();
    assert!(details(&sections[0].id).open());
    for section in &sections[1..] {
        assert!(!details(&section.id).open(), "{}", section.id);
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn clicking_a_summary_opens_the_section_and_the_fragment_follows() {
    set_fragment("");
    let app = mount().await;
    summary("area-2").click();
    settle().await;
    assert!(details("area-2").open());
    assert_eq!(fragment(), "#area-2");
    summary("area-2").click();
    settle().await;
    assert!(!details("area-2").open());
    assert_eq!(fragment(), "", "closing the section named by the fragment clears it");
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_state_follows_the_element_so_collapse_all_closes_what_the_reader_opened() {
    set_fragment("");
    let app = mount().await;
    summary("area-4").click();
    settle().await;
    button("收起全部").click();
    settle().await;
    // Had the app not followed the toggle, its state would still say closed and it would leave area-4 open.
    assert!(!details("area-4").open());
    assert!(!details("area-1").open());
    button("展开全部").click();
    settle().await;
    let all = document().query_selector_all("details.expandable").unwrap();
    assert_eq!(all.length(), 7);
    for i in 0..all.length() {
        let d: HtmlDetailsElement = all.item(i).unwrap().dyn_into().unwrap();
        assert!(d.open(), "{}", d.id());
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_section() {
    set_fragment("area-3");
    let app = mount().await;
    assert!(details("area-3").open());
    assert!(details("area-1").open(), "the first area stays open");
    let top = details("area-3").get_bounding_client_rect().top();
    assert!(top.abs() < 40.0, "area-3 is scrolled to the top, at {top}");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_figure_link_opens_the_section_that_holds_it() {
    set_fragment("");
    let app = mount().await;
    // The last figure of the report, in a section that starts closed.
    let model = model();
    let figures = model.figures();
    let last = figures.last().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("fig-{}", last.figure.id))
        .unwrap();
    settle().await;
    assert!(details(&last.section).open());
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_unknown_fragment_simply_shows_the_report() {
    set_fragment("%3Cscript%3Ealert(1)%3C/script%3E");
    let app = mount().await;
    assert!(details("area-1").open());
    assert!(!details("area-2").open());
    assert!(
        document().query_selector("#test-root script").unwrap().is_none(),
        "nothing from the URL became markup"
    );
    assert_eq!(document().query_selector_all("h1").unwrap().length(), 1);
    app.destroy();
}

/// These tests are built with the publisher's tools (`publish`, for `tests/site.rs`), which render
/// any report and so carry every icon; that the readers' bundles carry none is
/// `tests/e2e/icons.test.mjs`'s to check, on `dist`'s wasm.
#[wasm_bindgen_test]
fn the_publishers_build_carries_every_icon_and_the_page_its_reports() {
    let model = model();
    for tile in model.tiles() {
        assert!(
            yitu::data::icons::outline(&tile.icon).is_some(),
            "{} is in the page's data",
            tile.icon
        );
    }
    for icon in yitu::data::icons::NAMES {
        assert!(
            yitu::data::icons::built_in(icon).is_some(),
            "{icon} is built into the publisher's tools"
        );
    }
}
