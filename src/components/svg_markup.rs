//! The one component that injects raw markup: a chart's SVG, drawn by `charts/` from the report's
//! own numbers and labels (plotters escapes text). Nothing from a URL or a message ever reaches it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SvgMarkupProps {
    pub svg: AttrValue,
}

#[component]
pub fn SvgMarkup(props: &SvgMarkupProps) -> Html {
    Html::from_html_unchecked(props.svg.clone())
}
