//! 编辑台, step 3 (校对, 三审三校): every figure in its sentence, with the number as the site will
//! show it beside it, each to be ticked; a figure that changes after its tick is unticked. The
//! 校对单 (`ProofSheet`) prints the same list.

use crate::data::Figure;
use crate::draft::{Draft, DraftAction};
use crate::model::{segments, FigurePlace, Segment};
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProofreadProps {
    pub draft: Rc<Draft>,
    pub onchange: Callback<DraftAction>,
}

/// The item's sentence with `figure` marked where it stands (the others plain).
pub fn sentence_with(place: &FigurePlace) -> Html {
    let runs = segments(&place.item).into_iter().map(|segment| match segment {
        Segment::Text(text) => html! { { text.to_owned() } },
        Segment::Figure(f) if f.id == place.figure.id => html! { <mark>{ f.phrase() }</mark> },
        Segment::Figure(f) => html! { { f.phrase() } },
    });
    html! { <>{ for runs }</> }
}

/// The number as the site shows it: value with 余, unit, and its label.
pub fn as_shown(figure: &Figure) -> String {
    format!("{}{}（{}）", figure.number_text(), figure.unit, figure.label)
}

#[component]
pub fn EditorProofread(props: &EditorProofreadProps) -> Html {
    let draft = &props.draft;
    let total = draft.model.figures().len();
    let left = draft.unticked();
    let rows = draft.model.sections().iter().map(|section| {
        let figures = draft
            .model
            .figures()
            .iter()
            .filter(|f| f.section == section.id)
            .map(|place| {
                let ticked = draft.is_ticked(place);
                let id = place.id.as_rc().clone();
                let onchange = props.onchange.reform(move |_: Event| {
                    if ticked {
                        DraftAction::Untick(id.clone())
                    } else {
                        DraftAction::Tick(id.clone())
                    }
                });
                let box_id = format!("proof-{}", place.id);
                html! {
                    <li class={classes!("editor-figure", ticked.then_some("ticked"))}>
                        <input type="checkbox" id={box_id.clone()} checked={ticked} {onchange} />
                        <label for={box_id}>
                            <span class="editor-figure-shown">{ as_shown(&place.figure) }</span>
                            <span class="editor-figure-sentence">{ sentence_with(place) }</span>
                        </label>
                    </li>
                }
            });
        html! {
            <li class="editor-proof-section">
                <h3 class="editor-proof-heading">{ section.heading.to_string() }</h3>
                <ul class="editor-figures">{ for figures }</ul>
            </li>
        }
    });
    let print = Callback::from(|_: MouseEvent| platform::print_page());
    html! {
        <section class="editor-step" aria-labelledby="proof-heading">
            <h2 id="proof-heading" class="editor-step-title">{ "第三步：校对数字" }</h2>
            <p class="editor-hint">{ "逐个对照原文句子，核对网页将显示的数字（数值、单位、“余”、标签），核对无误后勾选。勾选后若数字被改动，勾选会自动取消。" }</p>
            <p class="editor-count" role="status">{ format!("已核对 {} 个，共 {} 个，还有 {} 个未核对", total - left, total, left) }</p>
            <button type="button" class="editor-button" onclick={print}>{ "打印校对单（A4）" }</button>
            <ol class="editor-proof">{ for rows }</ol>
        </section>
    }
}
