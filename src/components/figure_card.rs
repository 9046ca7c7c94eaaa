//! One figure as a card: the number as written (with 余), its unit, its label; links to its item.
//! A plain view function: stateless and rendered for every key figure and figure card.

use super::RawMarkup;
use crate::data::Figure;
use crate::model::{figure_anchor, figure_value_markup, label_markup};
use yew::prelude::*;

/// The number as written (with 余), bold and large, its unit smaller beside it: the one way every
/// surface shows a figure.
pub fn figure_value(figure: &Figure) -> Html {
    html! { <RawMarkup html={AttrValue::from(figure_value_markup(figure))} /> }
}

/// The figure as a list item holding its card. `report_url` is empty on the report page (the link
/// stays in the page); on an embed page it is the full report's address, opened in a new tab.
pub fn figure_card(figure: &Figure, report_url: &str) -> Html {
    let target = (!report_url.is_empty()).then_some("_blank");
    html! {
        <li>
            <a class="key-figure" href={format!("{report_url}#{}", figure_anchor(&figure.id))} {target}>
                { figure_value(figure) }
                                <RawMarkup html={AttrValue::from(label_markup("key-figure-label", &figure.label))} />
            </a>
        </li>
    }
}
