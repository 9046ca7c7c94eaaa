//! The page of each view, from the report it is given, rendered afresh in the browser (the browser
//! tests mount it; the report page then starts its parts into empty elements). The server renders
//! each view through `site::render_view`, which also renders the report page's parts for it to
//! carry. In the browser each bundle mounts its own page directly (see `boot.rs`), so the report's
//! wasm never carries the deck or the embed code.

use crate::components::SlideSource;
use crate::model::Model;
use crate::pages::{EmbedPage, NotFoundPage, PresentPage, PresentPageProps, ReportPage, SharePage};
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: View,
    /// The model of the report to show (the one the page carries, or the file being rendered).
    pub model: Model,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let model = props.model.clone();
    match &props.view {
        View::Report => html! { <ReportPage {model} /> },
        View::NotFound => html! { <NotFoundPage {model} /> },
        View::Embed(block) => html! { <EmbedPage {model} block={block.clone()} /> },
        View::Present => html! { <PresentPage ..PresentPageProps::new(model, false, SlideSource::Built) /> },
        View::Speaker => html! { <PresentPage ..PresentPageProps::new(model, true, SlideSource::Built) /> },
        View::Share => html! { <SharePage {model} /> },
    }
}
