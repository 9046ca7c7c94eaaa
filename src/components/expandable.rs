//! An expandable section: a native `<details>` (opens without JavaScript, found by find-in-page)
//! whose `open` state the app follows through the `toggle` event.

use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ExpandableProps {
    /// The element id, also the URL fragment.
    pub id: Rc<str>,
    pub open: bool,
    /// The summary's content: a heading element.
    pub summary: Html,
    /// The element's `toggle` event, whatever opened or closed it.
    pub ontoggle: Callback<Event>,
    /// A click on the summary (mouse, Enter or Space), before the element toggles.
    pub onsummaryclick: Callback<Rc<str>>,
    pub children: Html,
}

pub fn expandable(props: &ExpandableProps) -> Html {
    let onclick = {
        let id = props.id.clone();
        props.onsummaryclick.reform(move |_: MouseEvent| id.clone())
    };
    html! {
        <details id={props.id.to_string()} class="expandable" open={props.open} ontoggle={props.ontoggle.clone()}>
            <summary {onclick}>
                { props.summary.clone() }
                <span class="toggle-hint" aria-hidden="true"></span>
            </summary>
            <div class="expandable-body">{ props.children.clone() }</div>
        </details>
    }
}
