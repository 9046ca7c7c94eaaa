//! `editor.html`: the office's editor (编辑台). One decision at a time, in four steps (打开, 核对,
//! 校对, 下载), the preview beside them; the open judgements and unchecked figures always counted
//! in the header; 撤销 / 重做 for every decision and tick; the draft saved in the browser at every
//! change and restored when the page opens again; a second tab saving the same draft is said, and
//! this tab stops saving until the office chooses; the 校对单 on paper.

use crate::components::{
    EditorChecklist, EditorOpen, EditorPreview, EditorProofread, EditorPublish, Opened, ProofSheet, SiteSettings,
};
use crate::draft::{Draft, History, HistoryAction};
use crate::platform;
use crate::site::Build;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorPageProps {
    /// The site's build the page carries (for the preview and the site's zip), if it carries one.
    pub build: Option<Rc<Build>>,
}

/// The editor's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Open,
    Check,
    Proofread,
    Publish,
}

impl Step {
    const ALL: [Step; 4] = [Step::Open, Step::Check, Step::Proofread, Step::Publish];

    fn label(self) -> &'static str {
        match self {
            Step::Open => "1 打开",
            Step::Check => "2 核对",
            Step::Proofread => "3 校对",
            Step::Publish => "4 下载",
        }
    }
}

/// How the draft is kept in the browser.
#[derive(Debug, Clone, PartialEq)]
enum Saving {
    /// Nothing to save yet.
    Idle,
    Saved,
    /// Storage is full or disabled: said, and the downloads still work.
    Failed(String),
    /// Another tab saved the same draft: this tab saves nothing until the office chooses.
    Elsewhere,
    /// The draft the browser kept cannot be read back: said, kept (nothing is saved over it until
    /// the office chooses) and downloadable as it is.
    Unreadable {
        why: String,
        text: Rc<str>,
    },
}

/// The draft restored from the browser as the page opens (then `restored` is called), and this
/// tab's saving: every change is saved at once, unless another tab has saved since.
#[hook]
fn use_kept_draft(history: &UseStateHandle<Option<Rc<History>>>, restored: Callback<()>) -> UseStateHandle<Saving> {
    let saving = use_state_eq(|| Saving::Idle);
    {
        let (history, saving) = (history.clone(), saving.clone());
        use_effect_with((), move |_| {
            if let Some(text) = platform::load_draft() {
                match Draft::restore(&text) {
                    Ok(draft) => {
                        history.set(Some(Rc::new(History::new(draft))));
                        restored.emit(());
                    }
                    // Kept, not overwritten: the office can download it and send it for help.
                    Err(why) => saving.set(Saving::Unreadable {
                        why,
                        text: Rc::from(text),
                    }),
                }
            }
            let subscription = platform::on_draft_saved_elsewhere(move || saving.set(Saving::Elsewhere));
            move || {
                let _unsubscribe = subscription;
            }
        });
    }
    {
        let saving = saving.clone();
        let draft = history.as_ref().map(|h| h.draft.clone());
        use_effect_with(draft, move |draft| {
            let paused = matches!(*saving, Saving::Elsewhere | Saving::Unreadable { .. });
            if let (Some(draft), false) = (draft, paused) {
                saving.set(match platform::save_draft(&draft.saved()) {
                    Ok(()) => Saving::Saved,
                    Err(why) => Saving::Failed(why),
                });
            }
        });
    }
    saving
}

/// What the header says of the draft's saving, with the choice a second tab asks for.
fn saving_notice(saving: &UseStateHandle<Saving>, history: &UseStateHandle<Option<Rc<History>>>) -> Html {
    match &**saving {
        Saving::Idle => Html::default(),
        Saving::Saved => {
            html! { <p class="editor-saved" role="status">{ "已自动保存：关闭后再打开本文件即可继续" }</p> }
        }
        Saving::Failed(why) => html! {
            <p class="editor-warning" role="alert">{ format!("{why}。请及时下载数据文件（第四步），以免丢失。") }</p>
        },
        Saving::Unreadable { why, text } => {
            let download = {
                let text = text.clone();
                Callback::from(move |_: MouseEvent| {
                    let _ = platform::download_text(&text, "text/plain", "编辑台草稿备份.txt");
                })
            };
            let start_over = {
                let saving = saving.clone();
                Callback::from(move |_: MouseEvent| saving.set(Saving::Idle))
            };
            html! {
                <div class="editor-warning" role="alert">
                    <p>{ format!("上次保存在浏览器中的草稿无法恢复（{why}）。草稿仍保留着，可以先下载备份。") }</p>
                    <button type="button" class="editor-button" onclick={download}>{ "下载草稿备份" }</button>
                    <button type="button" class="editor-button" onclick={start_over}>{ "不要它了，重新开始" }</button>
                </div>
            }
        }
        Saving::Elsewhere => {
            let take_theirs = {
                let (history, saving) = (history.clone(), saving.clone());
                Callback::from(move |_: MouseEvent| {
                    if let Some(draft) = platform::load_draft().and_then(|text| Draft::restore(&text).ok()) {
                        history.set(Some(Rc::new(History::new(draft))));
                    }
                    saving.set(Saving::Idle);
                })
            };
            let keep_mine = {
                let (history, saving) = (history.clone(), saving.clone());
                Callback::from(move |_: MouseEvent| {
                    let saved = match &*history {
                        Some(h) => platform::save_draft(&h.draft.saved()),
                        None => Ok(()),
                    };
                    saving.set(match saved {
                        Ok(()) => Saving::Saved,
                        Err(why) => Saving::Failed(why),
                    });
                })
            };
            html! {
                <div class="editor-warning" role="alert">
                    <p>{ "另一个标签页也在编辑草稿，并且刚刚保存了。为免互相覆盖，本页已暂停自动保存。" }</p>
                    <button type="button" class="editor-button" onclick={take_theirs}>{ "载入另一页的版本" }</button>
                    <button type="button" class="editor-button" onclick={keep_mine}>{ "以本页为准继续保存" }</button>
                </div>
            }
        }
    }
}

#[component]
pub fn EditorPage(props: &EditorPageProps) -> Html {
    let history = use_state_eq(|| None::<Rc<History>>);
    let problems = use_state_eq(Vec::<String>::new);
    let step = use_state_eq(|| Step::Open);
    // Each step starts at its title.
    use_effect_with(*step, |_| platform::scroll_to_top());
    let saving = {
        let step = step.clone();
        use_kept_draft(&history, Callback::from(move |()| step.set(Step::Check)))
    };
    let onopen = {
        let (history, problems, step) = (history.clone(), problems.clone(), step.clone());
        Callback::from(move |opened: Opened| match Draft::open(&opened.name, &opened.text) {
            Ok(opened) => {
                // A corrected data file opened again keeps the ticks of the figures it left alone.
                let opened = match &*history {
                    Some(earlier) => opened.with_ticks_of(&earlier.draft),
                    None => opened,
                };
                problems.set(Vec::new());
                // Opening another file is a step of its own: 撤销 brings the earlier draft back.
                history.set(Some(match &*history {
                    Some(earlier) => yew::Reducible::reduce(earlier.clone(), HistoryAction::Open(Rc::new(opened))),
                    None => Rc::new(History::new(opened)),
                }));
                step.set(Step::Check);
            }
            Err(error) => problems.set(error.0),
        })
    };
    let act = {
        let history = history.clone();
        Callback::from(move |action: HistoryAction| {
            if let Some(current) = (*history).clone() {
                history.set(Some(yew::Reducible::reduce(current, action)));
            }
        })
    };
    let onchange = act.reform(HistoryAction::Do);
    let tabs = Step::ALL.map(|s| {
        let onclick = {
            let step = step.clone();
            Callback::from(move |_: MouseEvent| step.set(s))
        };
        let current = (*step == s).then_some("step");
        html! {
            <li><button type="button" class="editor-tab" aria-current={current} disabled={s != Step::Open && history.is_none()} {onclick}>{ s.label() }</button></li>
        }
    });
    let draft = history.as_ref().map(|h| h.draft.clone());
    let counts = history.as_ref().map(|h| {
        let undo = act.reform(|_: MouseEvent| HistoryAction::Undo);
        let redo = act.reform(|_: MouseEvent| HistoryAction::Redo);
        html! {
            <>
                <p class="editor-counts" role="status">
                    <span>{ format!("待核对 {} 处", h.draft.open_marks().len()) }</span>
                    <span>{ format!("未校对数字 {} 个", h.draft.unticked()) }</span>
                </p>
                <p class="editor-history">
                    <button type="button" class="editor-button" onclick={undo} disabled={!h.can_undo()}>{ "撤销" }</button>
                    <button type="button" class="editor-button" onclick={redo} disabled={!h.can_redo()}>{ "重做" }</button>
                </p>
            </>
        }
    });
    let panel = match (&draft, *step) {
        (Some(d), Step::Check) => html! {
            <>
                <EditorChecklist draft={d.clone()} onchange={onchange.clone()} />
                <SiteSettings draft={d.clone()} onchange={onchange.clone()} />
            </>
        },
        (Some(d), Step::Proofread) => html! { <EditorProofread draft={d.clone()} onchange={onchange.clone()} /> },
        (Some(d), Step::Publish) => html! { <EditorPublish draft={d.clone()} build={props.build.clone()} /> },
        _ => html! { <EditorOpen {onopen} problems={(*problems).clone()} /> },
    };
    html! {
        <>
            <div class="editor-top">
            <header class="editor-header">
                <h1 class="editor-title">{ "一图读懂 · 编辑台" }</h1>
                if let Some(d) = &draft {
                    <p class="editor-file">{ format!("{}：{}", d.name, d.model.report().meta.title) }</p>
                }
                { counts.unwrap_or_default() }
            </header>
            <div class="editor-bar">
                <nav class="editor-steps" aria-label="步骤"><ol>{ for tabs }</ol></nav>
                { saving_notice(&saving, &history) }
            </div>
            </div>
            <main id="main" class="editor-body">
                <div class="editor-panel">{ panel }</div>
                if let Some(d) = &draft {
                    <EditorPreview model={d.model.clone()} build={props.build.clone()} />
                }
            </main>
            if let Some(d) = &draft {
                <ProofSheet draft={d.clone()} />
            }
        </>
    }
}
