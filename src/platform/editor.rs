//! The office's editor: files chosen or dropped, read as bytes; GB18030 text decoded by the
//! browser's `TextDecoder`; the page printed (the 校对单); the site's build the page carries.

use super::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file the office chose or dropped, not read yet.
pub struct PickedFile(web_sys::File);

/// The file chosen in a file field (its `change` event).
pub fn picked_file(event: &yew::Event) -> Option<PickedFile> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    // Chosen again, the same file is read again.
    input.set_value("");
    Some(PickedFile(file))
}

/// The first file dropped (a `drop` event), its default (opening the file) prevented.
pub fn dropped_file(event: &yew::DragEvent) -> Option<PickedFile> {
    event.prevent_default();
    Some(PickedFile(event.data_transfer()?.files()?.get(0)?))
}

/// Lets a drop target accept files (its `dragover` event).
pub fn accept_drop(event: &yew::DragEvent) {
    event.prevent_default();
}

/// The file's name and bytes.
pub async fn read_picked(file: PickedFile) -> Result<(String, Vec<u8>), String> {
    let name = file.0.name();
    let buffer = JsFuture::from(file.0.array_buffer())
        .await
        .map_err(|_| format!("无法读取文件“{name}”"))?;
    Ok((name, js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// `bytes` as GB18030 text (GBK and GB2312 are subsets), if they are that.
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// Scrolls the page back to its top (a new step starts at its title).
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Opens the browser's print dialog (the page's print styles show the 校对单).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The text of the editor page's build block (`site::BUILD_ELEMENT_ID`).
pub fn editor_build_text() -> Option<String> {
    document()?
        .get_element_by_id(crate::site::BUILD_ELEMENT_ID)?
        .text_content()
}

/// A field's value after its `change` event (an input, a textarea or a select).
pub fn changed_value(event: &yew::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some(select.value());
    }
    target
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

/// Where the browser keeps the office's draft (one draft per browser profile and file).
const DRAFT_KEY: &str = "yitu-editor-draft";

/// Saves the draft's text; an error in plain words when storage is full or disabled.
pub fn save_draft(text: &str) -> Result<(), String> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or("浏览器不允许本页保存数据（可能处于无痕模式或禁用了存储）")?;
    storage
        .set_item(DRAFT_KEY, text)
        .map_err(|_| "浏览器的存储空间已满，草稿未能保存".to_owned())
}

/// The draft's text as last saved, if any.
pub fn load_draft() -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()?
        .get_item(DRAFT_KEY)
        .ok()
        .flatten()
}

/// Forgets the saved draft.
pub fn clear_draft() {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.remove_item(DRAFT_KEY);
    }
}

/// Calls `callback` when another tab of this browser saves a draft (the `storage` event, which a
/// tab never gets for its own writes).
pub fn on_draft_saved_elsewhere(callback: impl Fn() + 'static) -> super::Subscription {
    let listener = web_sys::window().map(|window| {
        gloo::events::EventListener::new(&window, "storage", move |event| {
            let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
            if key.as_deref() == Some(DRAFT_KEY) {
                callback();
            }
        })
    });
    super::Subscription::listening(listener)
}

/// A textarea's value after an `input` event.
pub fn textarea_value(event: &yew::InputEvent) -> Option<String> {
    let area: web_sys::HtmlTextAreaElement = event.target()?.dyn_into().ok()?;
    Some(area.value())
}
