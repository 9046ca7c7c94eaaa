//! `use_report_address`: the report page's address as a page knows it, for every page that shows,
//! prints or shares it (the footer, the deck, the speaker view, the share page). The rule itself
//! is the model's (`Model::address`); this hook only says when it is asked.

use crate::model::Model;
use crate::platform;
use crate::view::View;
use yew::prelude::*;

/// The report page's address as a page of `view` knows it: the configured public address at
/// once; else, a task after the start (the start's render stays short), the page's own folder
/// climbed to the report's; empty while unknown (prerendered, opened from a file, served at
/// another folder than the view's) and for no view.
#[hook]
pub fn use_report_address(model: &Model, view: Option<View>) -> AttrValue {
    let known = |model: &Model, view: &Option<View>, here: Option<&str>| {
        view.as_ref()
            .and_then(|view| model.address(view, here))
            .map(AttrValue::from)
            .unwrap_or_default()
    };
    let address = use_state_eq({
        let (model, view) = (model.clone(), view.clone());
        move || known(&model, &view, None)
    });
    {
        let (address, model) = (address.clone(), model.clone());
        use_effect_with((), move |_| {
            if address.is_empty() && view.is_some() {
                platform::in_next_task(move || address.set(known(&model, &view, platform::page_folder().as_deref())));
            }
        });
    }
    (*address).clone()
}
