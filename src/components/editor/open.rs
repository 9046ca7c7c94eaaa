//! 编辑台, step 1 (打开): the adopted report's text chosen as a file, dropped, or pasted (as Word
//! copies it), or a data file (`report.toml`) made before; what cannot be read is said with its
//! line, in plain Chinese.

use crate::platform;
use yew::prelude::*;

/// What the office opened: a name (the file's, or 粘贴的文本) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub name: String,
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct EditorOpenProps {
    pub onopen: Callback<Opened>,
    /// What went wrong with the last file or text, line by line.
    #[prop_or_default]
    pub problems: Vec<String>,
}

/// The name pasted text is opened under (a text, not a data file).
pub const PASTED: &str = "粘贴的文本.txt";

/// Reads a chosen or dropped file and opens it, or says why it cannot be read.
fn open_file(file: Option<platform::PickedFile>, onopen: Callback<Opened>, onproblem: Callback<String>) {
    let Some(file) = file else { return };
    yew::platform::spawn_local(async move {
        let read = platform::read_picked(file).await.and_then(|(name, bytes)| {
            let text = crate::draft::source_text(&bytes, platform::gb18030).map_err(|why| format!("{name}：{why}"))?;
            Ok(Opened { name, text })
        });
        match read {
            Ok(opened) => onopen.emit(opened),
            Err(why) => onproblem.emit(why),
        }
    });
}

#[component]
pub fn EditorOpen(props: &EditorOpenProps) -> Html {
    let pasted = use_state(String::new);
    let file_problem = use_state(|| None::<String>);
    let onproblem = {
        let file_problem = file_problem.clone();
        Callback::from(move |why: String| file_problem.set(Some(why)))
    };
    let onchange = {
        let (onopen, onproblem) = (props.onopen.clone(), onproblem.clone());
        Callback::from(move |event: Event| open_file(platform::picked_file(&event), onopen.clone(), onproblem.clone()))
    };
    let ondrop = {
        let (onopen, onproblem) = (props.onopen.clone(), onproblem.clone());
        Callback::from(move |event: DragEvent| {
            open_file(platform::dropped_file(&event), onopen.clone(), onproblem.clone())
        })
    };
    let ondragover = Callback::from(|event: DragEvent| platform::accept_drop(&event));
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = platform::textarea_value(&event) {
                pasted.set(text);
            }
        })
    };
    let onpaste_open = {
        let (pasted, onopen) = (pasted.clone(), props.onopen.clone());
        Callback::from(move |_: MouseEvent| {
            onopen.emit(Opened {
                name: PASTED.to_owned(),
                text: (*pasted).clone(),
            })
        })
    };
    let problems: Vec<String> = (*file_problem)
        .iter()
        .cloned()
        .chain(props.problems.iter().cloned())
        .collect();
    html! {
        <section class="editor-step" aria-labelledby="open-heading">
            <h2 id="open-heading" class="editor-step-title">{ "第一步：打开报告" }</h2>
            <p class="editor-hint">{ "打开大会通过的报告文本（.txt），或以前保存的数据文件（report.toml）。也可以把文件拖到下面的框里。" }</p>
            <label class="editor-drop" {ondrop} {ondragover}>
                <span class="editor-drop-title">{ "选择文件" }</span>
                <span class="editor-hint">{ "报告文本（.txt）或数据文件（.toml）" }</span>
                <input id="editor-file" type="file" accept=".txt,.toml,text/plain" {onchange} />
            </label>
            <label for="editor-paste" class="editor-label">{ "或者：从 Word 复制正文，粘贴在这里" }</label>
            <textarea id="editor-paste" class="editor-paste" rows="8" {oninput} value={(*pasted).clone()} />
            <button type="button" class="editor-button editor-primary" onclick={onpaste_open} disabled={pasted.trim().is_empty()}>
                { "读取粘贴的文本" }
            </button>
            if !problems.is_empty() {
                <div class="editor-problems" role="alert">
                    <p>{ "未能打开：" }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
