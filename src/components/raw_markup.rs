//! The one component that injects raw markup. It receives only two kinds of string: a chart's SVG,
//! drawn by `charts/` from the report's numbers and labels (plotters escapes text), and static report
//! text built by `model::markup` and `model::slide_markup` (items, sub-headings, the overview's
//! tiles, section headings and their icons, whose outlines are built in from `assets/icons/`, the
//! deck's slides), which escape every piece of text.
//! Nothing from a URL or a message ever reaches it. Yew adopts such markup on hydration without
//! walking it, which keeps start-up fast.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RawMarkupProps {
    pub html: AttrValue,
}

#[component]
pub fn RawMarkup(props: &RawMarkupProps) -> Html {
    Html::from_html_unchecked(props.html.clone())
}
