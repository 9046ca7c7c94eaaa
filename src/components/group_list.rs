//! Sub-headings (`h4`) with their item lists, as in each work area and the 工作举措.

use super::ItemList;
use crate::data::Group;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupListProps {
    pub groups: Rc<[Group]>,
}

#[component]
pub fn GroupList(props: &GroupListProps) -> Html {
    html! {
        <div class="groups">
            { for props.groups.iter().map(|group| html! {
                <section class="group">
                    <h4 class="group-heading">{ group.heading.to_string() }</h4>
                    <ItemList items={group.items.clone()} />
                </section>
            }) }
        </div>
    }
}
