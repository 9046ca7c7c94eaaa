//! The root component: loads the embedded report once and shows the page this file is for.

use crate::components::LoadErrorNotice;
use crate::data;
use crate::pages::{NotFoundPage, ReportPage};
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: View,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let report = use_memo((), |_| data::embedded().map(Rc::new));
    match (&*report, props.view) {
        (Ok(report), View::Report) => html! { <ReportPage report={report.clone()} /> },
        (Ok(report), View::NotFound) => html! { <NotFoundPage report={report.clone()} /> },
        (Err(error), _) => html! { <LoadErrorNotice message={error.to_string()} /> },
    }
}
