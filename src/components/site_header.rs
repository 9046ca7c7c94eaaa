//! The page header: the publication banner, the report's title (the page's only `h1`), and who
//! published it and when, where the data file says.

use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct SiteHeaderProps {
    pub banner: Rc<str>,
    pub title: Rc<str>,
    /// `Site::issued`: the publisher and the date, if the data file gives them.
    pub issued: Option<String>,
}

pub fn site_header(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <div class="site-header-inner">
                <p class="banner">{ props.banner.to_string() }</p>
                <h1 class="title">{ props.title.to_string() }</h1>
                if let Some(issued) = &props.issued {
                    <p class="issued">{ issued.clone() }</p>
                }
            </div>
        </header>
    }
}
