//! The root component: shows the page this file is for, from the report it is given.

use crate::data::Report;
use crate::pages::{EmbedPage, NotFoundPage, ReportPage};
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
    }
}
