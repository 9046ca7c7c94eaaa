//! 编辑台's figure picker: the figures a tile or the key figures may show, each as the site shows
//! it with its sentence; up to `most`, in the chosen order (上移 moves one up).

use super::as_shown;
use crate::model::FigurePlace;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigurePickerProps {
    /// The picker's id (each box is `<id>-<figure id>`).
    pub id: AttrValue,
    /// The figures to choose from, in page order.
    pub choices: Rc<[FigurePlace]>,
    /// The ids chosen, in order.
    pub chosen: Rc<[Rc<str>]>,
    pub most: usize,
    pub onchange: Callback<Rc<[Rc<str>]>>,
}

#[component]
pub fn FigurePicker(props: &FigurePickerProps) -> Html {
    let chosen = props.chosen.clone();
    let full = chosen.len() >= props.most;
    let rows = props.choices.iter().map(|place| {
        let id = place.id.as_rc().clone();
        let at = chosen.iter().position(|c| *c == id);
        let onchange = {
            let (chosen, id, onchange) = (chosen.clone(), id.clone(), props.onchange.clone());
            Callback::from(move |_: Event| {
                let mut next: Vec<Rc<str>> = chosen.to_vec();
                match next.iter().position(|c| *c == id) {
                    Some(at) => {
                        next.remove(at);
                    }
                    None => next.push(id.clone()),
                }
                onchange.emit(next.into());
            })
        };
        let up = at.filter(|&at| at > 0).map(|at| {
            let mut next = chosen.to_vec();
            next.swap(at - 1, at);
            let onclick = {
                let onchange = props.onchange.clone();
                Callback::from(move |_: MouseEvent| onchange.emit(next.clone().into()))
            };
            html! { <button type="button" class="editor-button editor-small" {onclick}>{ "上移" }</button> }
        });
        let box_id = format!("{}-{}", props.id, place.id);
        html! {
            <li class="editor-pick">
                <input type="checkbox" id={box_id.clone()} checked={at.is_some()} disabled={at.is_none() && full} {onchange} />
                <label for={box_id}>
                    if let Some(at) = at { <span class="editor-pick-order">{ format!("第{}个 ", at + 1) }</span> }
                    <span class="editor-figure-shown">{ as_shown(&place.figure) }</span>
                    <span class="editor-pick-sentence">{ place.item.text.to_string() }</span>
                </label>
                { up.unwrap_or_default() }
            </li>
        }
    });
    html! {
        <div class="editor-figure-picker">
            <p class="editor-hint">{ format!("最多选 {} 个，已选 {} 个。", props.most, chosen.len()) }</p>
            <ul class="editor-picks">{ for rows }</ul>
        </div>
    }
}
