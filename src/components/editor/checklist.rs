//! 编辑台, step 2 (核对): each judgement the importer left to a person (待核对), in plain words,
//! with the control that settles it beside it (an icon, a tile's figures, the key figures, a
//! chart's title or the chart dropped, a figure's label, the sources) and 确认无误 to keep it as
//! it is; the report's problems shown where they are, as `check-data` words them.

use super::{FigurePicker, IconPicker};
use crate::data::{MOST_HIGHLIGHTS, MOST_KEY_FIGURES};
use crate::draft::{Draft, DraftAction, Edit};
use crate::import::Mark;
use crate::model::FigurePlace;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorChecklistProps {
    pub draft: Rc<Draft>,
    pub onchange: Callback<DraftAction>,
}

/// The report's words for where a judgement belongs.
fn place_of(draft: &Draft, mark: &Mark) -> String {
    let model = &draft.model;
    match mark {
        Mark::KeyFigures => "页首关键数字".to_owned(),
        Mark::Sources => "页脚资料来源".to_owned(),
        Mark::Section(id) => model
            .section(id)
            .map_or_else(|| id.to_string(), |s| s.heading.to_string()),
        Mark::Item(text) => text.to_string(),
        Mark::Chart(id) => model
            .chart(id)
            .map_or_else(|| id.to_string(), |view| format!("图表“{}”", view.chart.title)),
    }
}

/// The data file's path of what a judgement is about (`check-data` names problems by it).
fn path_of(draft: &Draft, mark: &Mark) -> Option<String> {
    let report = &draft.imported.report;
    Some(match mark {
        Mark::KeyFigures => "meta.key_figures".to_owned(),
        Mark::Sources => "meta.sources".to_owned(),
        Mark::Section(id) if *report.tasks.id == **id => "tasks".to_owned(),
        Mark::Section(id) if report.proposals.as_ref().is_some_and(|p| p.id == *id) => "proposals".to_owned(),
        Mark::Section(id) => format!(
            "review.areas[{}]",
            report.review.areas.iter().position(|a| a.id == *id)?
        ),
        Mark::Chart(id) => format!("charts[{}]", report.charts.iter().position(|c| c.id == *id)?),
        Mark::Item(_) => return None,
    })
}

/// A text field that makes its decision when the office leaves it (Enter or Tab), not at every
/// key: each decision is one step of 撤销.
fn text_field(id: String, label: &str, value: &str, decide: Callback<String>) -> Html {
    let onchange = super::on_decided(decide);
    html! {
        <p class="editor-field">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <input {id} type="text" class="editor-input" value={value.to_owned()} {onchange} />
        </p>
    }
}

/// A decision made of a choice of figures.
type FiguresEdit = Rc<dyn Fn(Rc<[Rc<str>]>) -> Edit>;

/// The control that settles a judgement.
fn control(draft: &Rc<Draft>, mark: &Mark, key: usize, onchange: &Callback<DraftAction>) -> Html {
    let model = &draft.model;
    let edit = |make: FiguresEdit| onchange.reform(move |ids| DraftAction::Edit(make(ids)));
    match mark {
        Mark::Section(id) => {
            let Some(section) = model.section(id) else {
                return Html::default();
            };
            let own: Rc<[FigurePlace]> = model
                .figures()
                .iter()
                .filter(|f| f.section == section.id)
                .cloned()
                .collect();
            let onpick = {
                let id = id.clone();
                onchange.reform(move |icon: AttrValue| {
                    DraftAction::Edit(Edit::Icon {
                        section: id.clone(),
                        icon: Rc::from(icon.as_str()),
                    })
                })
            };
            let section_id = id.clone();
            let onfigures = edit(Rc::new(move |figures| Edit::Highlights {
                section: section_id.clone(),
                figures,
            }));
            html! {
                <>
                    <IconPicker id={format!("icons-{key}")} current={AttrValue::from(section.icon().to_string())} {onpick} />
                    if own.is_empty() {
                        <p class="editor-hint">{ "这一部分没有数字，总览中显示它的小标题。" }</p>
                    } else {
                        <p class="editor-label">{ "总览中显示的数字：" }</p>
                        <FigurePicker id={format!("tile-{key}")} choices={own} chosen={Rc::<[Rc<str>]>::from(section.highlights())}
                            most={MOST_HIGHLIGHTS} onchange={onfigures} />
                    }
                </>
            }
        }
        Mark::KeyFigures => {
            let choices: Rc<[FigurePlace]> = model.figures().iter().cloned().collect();
            let onfigures = edit(Rc::new(Edit::KeyFigures));
            html! {
                <FigurePicker id={format!("key-{key}")} {choices} chosen={model.report().meta.key_figures.clone()}
                    most={MOST_KEY_FIGURES} onchange={onfigures} />
            }
        }
        Mark::Chart(id) => {
            let Some(view) = model.chart(id) else {
                return html! { <p class="editor-hint">{ "这个图表已不用。" }</p> };
            };
            let (chart, sentence) = (view.chart.clone(), view.description.to_string());
            let chart_id = id.clone();
            let title = onchange.reform(move |title: String| {
                DraftAction::Edit(Edit::ChartTitle {
                    chart: chart_id.clone(),
                    title: Rc::from(title.trim()),
                })
            });
            let drop = {
                let id = id.clone();
                onchange.reform(move |_: MouseEvent| DraftAction::Edit(Edit::DropChart(id.clone())))
            };
            html! {
                <>
                    <p class="editor-hint">{ format!("原文：{sentence}") }</p>
                    { text_field(format!("chart-title-{key}"), "图表标题（须取自上面这句原文）：", &chart.title, title) }
                    <button type="button" class="editor-button" onclick={drop}>{ "不用这个图表" }</button>
                </>
            }
        }
        Mark::Item(text) => {
            let figures = model.figures().iter().filter(|f| f.item.text == *text).map(|place| {
                let figure = place.id.as_rc().clone();
                let label = onchange.reform(move |label: String| {
                    DraftAction::Edit(Edit::FigureLabel {
                        figure: figure.clone(),
                        label: Rc::from(label.trim()),
                    })
                });
                text_field(
                    format!("label-{key}-{}", place.id),
                    &format!("“{}”的标签（取自这句原文）：", place.figure.phrase()),
                    &place.figure.label,
                    label,
                )
            });
            html! { <>{ for figures }</> }
        }
        Mark::Sources => {
            let sources = onchange.reform(|text: String| {
                let names: Rc<[Rc<str>]> = text
                    .split(['、', '，', ','])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(Rc::from)
                    .collect();
                DraftAction::Edit(Edit::Sources(names))
            });
            text_field(
                format!("sources-{key}"),
                "资料来源（报告自己的名称，用“、”隔开）：",
                &model.report().meta.sources.join("、"),
                sources,
            )
        }
    }
}

/// Whether a problem's path is the one given or lies under it (`charts[1]`, not `charts[12]`).
fn under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The open judgements grouped by what they are about, in the page's order: one entry, one
/// control, and each question with its own 确认无误.
fn grouped(draft: &Draft) -> Vec<(Mark, Vec<String>)> {
    let mut groups: Vec<(Mark, Vec<String>)> = Vec::new();
    for (mark, question) in draft.marks_in_page_order() {
        match groups.iter_mut().find(|(m, _)| m == mark) {
            Some((_, questions)) => questions.push(question.clone()),
            None => groups.push((mark.clone(), vec![question.clone()])),
        }
    }
    groups
}

#[component]
pub fn EditorChecklist(props: &EditorChecklistProps) -> Html {
    let draft = &props.draft;
    let groups = grouped(draft);
    let open = draft.open_marks().len();
    let problems = draft.problems();
    let items = groups.iter().enumerate().map(|(key, (mark, questions))| {
        let here: Vec<String> = path_of(draft, mark)
            .map(|path| problems.iter().filter(|p| under(&p.path, &path)).map(|p| p.message.clone()).collect())
            .unwrap_or_default();
        let questions = questions.iter().map(|question| {
            let confirm = {
                let (mark, question) = (mark.clone(), question.clone());
                props.onchange.reform(move |_: MouseEvent| DraftAction::Confirm(mark.clone(), question.clone()))
            };
            html! {
                <div class="editor-check-question">
                    <p>{ question.clone() }</p>
                    <button type="button" class="editor-button editor-confirm" onclick={confirm}
                        aria-label={format!("确认无误：{question}")}>{ "确认无误" }</button>
                </div>
            }
        });
        html! {
            <li class="editor-check">
                <p class="editor-check-place">{ place_of(draft, mark) }</p>
                { for questions }
                { control(draft, mark, key, &props.onchange) }
                if !here.is_empty() {
                    <ul class="editor-problems" role="alert">{ for here.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                }
            </li>
        }
    });
    html! {
        <section class="editor-step" aria-labelledby="check-heading">
            <h2 id="check-heading" class="editor-step-title">{ "第二步：核对导入结果" }</h2>
            if !problems.is_empty() {
                <div class="editor-problems" role="alert">
                    <p>{ format!("数据有 {} 处问题（改好之前不能生成网站）：", problems.len()) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.message.clone() }</li> }) }</ul>
                </div>
            }
            if open == 0 {
                <p class="editor-hint">{ "没有需要核对的地方了。请到第三步校对数字。" }</p>
            } else {
                <p class="editor-hint">
                    { format!("导入时按固定规则替您做了 {open} 处选择，请逐条看一遍：需要改的，用下面的控件改（右边的预览随时更新），改好后点“确认无误”；不用改的，直接点“确认无误”。") }
                </p>
                <ol class="editor-checklist">{ for items }</ol>
            }
        </section>
    }
}
