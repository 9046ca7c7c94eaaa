//! One item's text, with every figure it states emphasised in place (and anchored as `#fig-<id>`).

use crate::data::Item;
use crate::model::{figure_anchor, segments, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemTextProps {
    pub item: Item,
}

#[component]
pub fn ItemText(props: &ItemTextProps) -> Html {
    let parts = segments(&props.item).into_iter().map(|segment| match segment {
        Segment::Text(text) => html! { { text.to_owned() } },
        Segment::Figure(figure) => html! {
            <strong class="figure" id={figure_anchor(&figure.id)}>
                <span class="figure-number">{ figure.number_text() }</span>
                <span class="figure-unit">{ figure.unit.to_string() }</span>
            </strong>
        },
    });
    html! { <>{ for parts }</> }
}
