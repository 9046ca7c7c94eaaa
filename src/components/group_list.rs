//! Sub-headings (`h4`) with their item lists, as in each work area and the 工作举措: static text,
//! rendered as escaped markup by `model::groups_markup`.

use super::RawMarkup;
use crate::data::Group;
use crate::model::groups_markup;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupListProps {
    pub groups: Rc<[Group]>,
}

#[component]
pub fn GroupList(props: &GroupListProps) -> Html {
    html! { <RawMarkup html={AttrValue::from(groups_markup(&props.groups))} /> }
}
