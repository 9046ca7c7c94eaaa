//! 校对单: on paper only (A4), every figure of the report with its section, its sentence and the
//! number as the site shows it, a box for each of the three proofreading rounds, and a signature
//! line for each round of review (三审三校).

use super::{as_shown, sentence_with};
use crate::draft::Draft;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProofSheetProps {
    pub draft: Rc<Draft>,
}

#[component]
pub fn ProofSheet(props: &ProofSheetProps) -> Html {
    let model = &props.draft.model;
    let rows = model.figures().iter().enumerate().map(|(n, place)| {
        let section = model
            .section(&place.section)
            .map(|s| s.heading.to_string())
            .unwrap_or_default();
        html! {
            <tr>
                <td>{ n + 1 }</td>
                <td>{ section }</td>
                <td>{ sentence_with(place) }</td>
                <td class="proof-shown">{ as_shown(&place.figure) }</td>
                <td class="proof-box"></td>
                <td class="proof-box"></td>
                <td class="proof-box"></td>
            </tr>
        }
    });
    let rounds = ["一审", "二审", "三审"].map(|round| {
        html! { <p class="proof-signature">{ format!("{round}（签名）：") }<span class="proof-line"></span>{ "日期：" }<span class="proof-line proof-date"></span></p> }
    });
    html! {
        <section class="proof-sheet" aria-hidden="true">
            <h1>{ format!("校对单：{}", model.report().meta.title) }</h1>
            <p>{ format!("来源文件：{}　数字共 {} 个", props.draft.name, model.figures().len()) }</p>
            <table>
                <thead>
                    <tr><th>{ "序号" }</th><th>{ "部分" }</th><th>{ "原文句子" }</th><th>{ "网页显示" }</th><th>{ "一校" }</th><th>{ "二校" }</th><th>{ "三校" }</th></tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            { for rounds }
        </section>
    }
}
