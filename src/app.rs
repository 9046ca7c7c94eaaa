//! The page of each view, from the report it is given: what `cargo xtask dist` prerenders and the
//! tests render. In the browser each bundle mounts its own page directly (see `boot.rs`), so the
//! report's wasm never carries the deck or the embed code.

use crate::components::SlideSource;
use crate::data::Report;
use crate::pages::{EmbedPage, NotFoundPage, PresentPage, PresentPageProps, ReportPage, SharePage};
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: View,
    /// The report to show: in the browser the one compiled in; when prerendering, the same file.
    pub report: Rc<Report>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let report = props.report.clone();
    match &props.view {
        View::Report => html! { <ReportPage {report} /> },
        View::NotFound => html! { <NotFoundPage {report} /> },
        View::Embed(block) => html! { <EmbedPage {report} block={block.clone()} /> },
        View::Present => html! { <PresentPage ..PresentPageProps::new(report, false, SlideSource::Built) /> },
        View::Speaker => html! { <PresentPage ..PresentPageProps::new(report, true, SlideSource::Built) /> },
        View::Share => html! { <SharePage {report} /> },
    }
}
