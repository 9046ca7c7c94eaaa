//! A list of items (a group's lines, the 2024 tasks, next year's approach to proposals).

use super::ItemText;
use crate::data::Item;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    pub items: Rc<[Item]>,
    /// Extra class for the list, such as `tasks`.
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn ItemList(props: &ItemListProps) -> Html {
    html! {
        <ul class={classes!("items", props.class.clone())}>
            { for props.items.iter().map(|item| html! {
                <li class={classes!("item", (!item.figures.is_empty()).then_some("has-figures"))}>
                    <ItemText item={item.clone()} />
                </li>
            }) }
        </ul>
    }
}
