//! Browser side of 长辈模式: preferences on `<html>` and in storage, the settings dialog, and reading
//! aloud with local Chinese voices only (a network voice would send the text off-site).

use super::{document, Subscription};
use crate::model::{Preferences, STORAGE_KEY};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The preferences the early script (or an earlier change) put on `<html>`.
pub fn read_preferences() -> Preferences {
    let root = document().and_then(|d| d.document_element());
    Preferences::from_attributes(|name| root.as_ref()?.get_attribute(name))
}

/// Calls `callback` when another page of the site (the report's 长辈模式 toolbar) stores new
/// preferences: an open embed follows the reader's font tier and contrast at once.
pub fn on_preferences_stored(callback: impl Fn(Preferences) + 'static) -> Option<Subscription> {
    let window = web_sys::window()?;
    let listener = EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.key().as_deref() == Some(STORAGE_KEY) {
            callback(Preferences::from_storage(&event.new_value().unwrap_or_default()));
        }
    });
    Some(Subscription(Some(Box::new(listener))))
}

/// Puts preferences on `<html>` and in storage; storage that is missing or full changes nothing else.
pub fn apply_preferences(preferences: Preferences) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        for (name, value) in preferences.attributes() {
            let _ = match value {
                Some(value) => root.set_attribute(name, value),
                None => root.remove_attribute(name),
            };
        }
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let stored = preferences.to_storage();
        let _ = if stored.is_empty() {
            storage.remove_item(STORAGE_KEY)
        } else {
            storage.set_item(STORAGE_KEY, &stored)
        };
    }
}

fn dialog(id: &str) -> Option<HtmlDialogElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Opens a `<dialog>` as modal (focus stays inside; Esc closes; focus returns on close).
pub fn show_dialog(id: &str) {
    if let Some(dialog) = dialog(id) {
        let _ = dialog.show_modal();
    }
}

pub fn close_dialog(id: &str) {
    if let Some(dialog) = dialog(id) {
        dialog.close();
    }
}

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A Chinese voice that runs on this device, if the browser has one.
fn local_chinese_voice() -> Option<SpeechSynthesisVoice> {
    synthesis()?
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .find(|v| v.local_service() && v.lang().to_ascii_lowercase().starts_with("zh"))
}

pub fn can_read_aloud() -> bool {
    local_chinese_voice().is_some()
}

/// Calls `callback` when the browser's voice list changes (voices often load late).
pub fn on_voices_changed(callback: impl Fn() + 'static) -> Subscription {
    Subscription::listening(synthesis().map(|s| EventListener::new(&s, "voiceschanged", move |_| callback())))
}

/// Reads `text` aloud with the local Chinese voice; does nothing without one.
pub fn speak(text: &str) {
    let (Some(synthesis), Some(voice)) = (synthesis(), local_chinese_voice()) else {
        return;
    };
    synthesis.cancel();
    if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        synthesis.speak(&utterance);
    }
}

/// Pauses when speaking, resumes when paused.
pub fn pause_or_resume() {
    if let Some(synthesis) = synthesis() {
        if synthesis.paused() {
            synthesis.resume();
        } else {
            synthesis.pause();
        }
    }
}

pub fn stop_speaking() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// What 朗读 reads: the selected text, or else the open section nearest the top of the screen.
pub fn text_to_read() -> Option<String> {
    let window = web_sys::window()?;
    let selected = window
        .get_selection()
        .ok()
        .flatten()
        .and_then(|s| s.to_string().as_string());
    if let Some(text) = selected.filter(|t| !t.trim().is_empty()) {
        return Some(text);
    }
    let sections = document()?
        .query_selector_all("main details[open], main > section")
        .ok()?;
    let middle = window.inner_height().ok()?.as_f64().unwrap_or(0.0) / 2.0;
    (0..sections.length())
        .filter_map(|i| sections.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|s| {
            let rect = s.get_bounding_client_rect();
            rect.top() <= middle && rect.bottom() >= middle.min(rect.top() + 1.0)
        })
        .and_then(|s| s.text_content())
}

/// Keeps Tab inside a dialog: from its last control to its first, and Shift+Tab the other way.
pub fn keep_focus_inside(event: &yew::KeyboardEvent, dialog_id: &str) {
    if event.key() != "Tab" {
        return;
    }
    let Some(dialog) = dialog(dialog_id) else { return };
    let Ok(controls) = dialog.query_selector_all("button, a[href], input, select, textarea") else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |element: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == element.unchecked_ref::<web_sys::Element>())
    };
    if event.shift_key() && at(first) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && at(last) {
        event.prevent_default();
        let _ = first.focus();
    }
}

/// What 大字幕 captions: the nearest paragraph, item, heading, figure, table cell or control.
const CAPTIONED: &str = "p, li, h1, h2, h3, h4, summary, dt, dd, th, td, figcaption, .key-figure, a, button, label";

/// 大字幕: puts in the element `bar_id`, as text (never markup), the words of what the pointer
/// comes to rest over or the focus moves to (the nearest of `CAPTIONED`), on one line of spaces.
pub fn caption_what_is_pointed(bar_id: &'static str) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let show = move |event: &web_sys::Event| {
        let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let Some(block) = element.closest(CAPTIONED).ok().flatten() else {
            return;
        };
        let words = block.text_content().unwrap_or_default();
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(bar) = block.owner_document().and_then(|d| d.get_element_by_id(bar_id)) {
            if !words.is_empty() && bar.text_content().as_deref() != Some(words.as_str()) {
                bar.set_text_content(Some(&words));
            }
        }
    };
    let over = EventListener::new(&document, "mouseover", show);
    let focus = EventListener::new(&document, "focusin", show);
    Subscription::all([
        Subscription::listening(Some(over)),
        Subscription::listening(Some(focus)),
    ])
}

/// 十字线: moves the lines `horizontal_id` and `vertical_id` (fixed at the screen's top left) to the
/// mouse pointer as it moves.
pub fn cross_at_pointer(horizontal_id: &'static str, vertical_id: &'static str) -> Subscription {
    let Some(window) = web_sys::window() else {
        return Subscription(None);
    };
    let listener = EventListener::new(&window, "mousemove", move |event| {
        let (Some(event), Some(document)) = (event.dyn_ref::<web_sys::MouseEvent>(), document()) else {
            return;
        };
        let place = |id: &str, transform: String| {
            if let Some(line) = document
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = line.style().set_property("transform", &transform);
            }
        };
        place(horizontal_id, format!("translateY({}px)", event.client_y()));
        place(vertical_id, format!("translateX({}px)", event.client_x()));
    });
    Subscription::listening(Some(listener))
}
