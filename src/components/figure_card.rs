//! Figures as cards: the number as written (with 余), its unit, its label; each links to its item.
//! Plain view functions over `model::markup`, which the page adopts as it hydrates.

use super::raw_markup;
use crate::data::Figure;
use crate::model::{figure_cards_markup, figure_value_markup};
use yew::prelude::*;

/// The number as written (with 余), bold and large, its unit smaller beside it: the one way every
/// surface shows a figure.
pub fn figure_value(figure: &Figure) -> Html {
    raw_markup(figure_value_markup(figure))
}

/// The figures as list items, each holding its card. `report_url` is empty on the report page (the
/// links stay in the page); on an embed page it is the full report's address, opened in a new tab.
pub fn figure_cards<'a>(figures: impl IntoIterator<Item = &'a Figure>, report_url: &str) -> Html {
    raw_markup(figure_cards_markup(figures, report_url))
}
