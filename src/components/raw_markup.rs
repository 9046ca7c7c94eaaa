//! The one place that injects raw markup. It receives only three kinds of string: a chart's SVG,
//! drawn by `charts/` from the report's numbers and labels (plotters escapes text); static report
//! text built by `model::markup` and `model::slide_markup` (items, sub-headings, the overview's
//! tiles, section headings and their icons, whose outlines are built in from `assets/icons/`, the
//! deck's slides), which escape every piece of text; and a part of the report page as Yew's own
//! server renderer rendered it (`report_part`), which the browser adopts as it stands.
//! Nothing from a URL or a message ever reaches it. Yew adopts such markup on hydration without
//! walking it, which keeps start-up fast. A plain function, not a component: a component would
//! cost every piece its own markers in the page and its own start.

use yew::prelude::*;

/// `html`, adopted as it stands.
pub fn raw_markup(html: impl Into<AttrValue>) -> Html {
    Html::from_html_unchecked(html.into())
}
