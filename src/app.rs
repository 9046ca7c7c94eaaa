//! The root component: loads the embedded report once and shows the page this file is for.

use crate::data;
use crate::pages::{NotFoundPage, ReportPage};
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub view: View,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Built once per app; `use_memo` hands out the same `Rc` on every render.
    let report = use_memo((), |_| data::embedded());
    match props.view {
        View::Report => html! { <ReportPage {report} /> },
        View::NotFound => html! { <NotFoundPage {report} /> },
    }
}
