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

thread_local! {
    /// The utterances being read, with their listeners: held until read or stopped (Chromium
    /// drops an utterance's events once nothing holds it), and dropped before new ones start, so a
    /// reading stopped never reports its end.
    static READING: std::cell::RefCell<Vec<(SpeechSynthesisUtterance, EventListener)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The blocks 朗读 reads, in the page's order: the report's headings, paragraphs, items and
/// figures (not its controls).
const READ_BLOCKS: &str =
    "main :is(h2, h3, h4, p:not(.embed-action, .search-status), li.item, .key-figure, li.tile-figure, figcaption)";

/// A block's words as they are read: a figure's label before its number and unit, where the page
/// shows the number first; an item without its 分享 link.
fn block_words(block: &web_sys::Element) -> String {
    let text_of = |selector: &str| {
        block
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
    };
    if let (Some(label), Some(value)) = (text_of(".key-figure-label, .tile-label"), text_of(".key-figure-value")) {
        return crate::model::figure_words(&label, &value);
    }
    let words = block
        .clone_node_with_deep(true)
        .ok()
        .and_then(|copy| copy.dyn_into::<web_sys::Element>().ok())
        .map(|copy| {
            if let Ok(controls) = copy.query_selector_all(".share-item, .toggle-hint") {
                for i in 0..controls.length() {
                    if let Some(control) = controls.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                        control.remove();
                    }
                }
            }
            copy.text_content().unwrap_or_default()
        })
        .unwrap_or_default();
    collapsed(&words)
}

/// `text` with each run of white space as one space, and none at its ends.
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The blocks the reader can see (not in a closed section), in order.
fn shown_blocks() -> Vec<web_sys::Element> {
    let Some(list) = document().and_then(|d| d.query_selector_all(READ_BLOCKS).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        // (A closed section's body may keep its boxes, hidden by content-visibility.)
        .filter(|b| b.get_client_rects().length() > 0)
        .filter(|b| {
            b.closest("details:not([open]) > :not(summary)")
                .ok()
                .flatten()
                .is_none()
        })
        .collect()
}

/// Reads `blocks`' words one after another (a pause between them) at `rate`, with the local
/// Chinese voice; `on_end` when the last is read. Whatever was being read stops. False (and
/// nothing read) without a voice or words.
fn speak_blocks(blocks: &[web_sys::Element], rate: f32, on_end: impl Fn() + 'static) -> bool {
    let words: Vec<String> = blocks.iter().map(block_words).filter(|w| !w.is_empty()).collect();
    speak(&words, rate, on_end)
}

/// Reads each of `words` as its own utterance (a pause between them); see [`speak_blocks`].
fn speak(words: &[String], rate: f32, on_end: impl Fn() + 'static) -> bool {
    let (Some(synthesis), Some(voice)) = (synthesis(), local_chinese_voice()) else {
        return false;
    };
    stop_speaking();
    let on_end = std::rc::Rc::new(on_end);
    let mut reading = Vec::new();
    for (n, text) in words.iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
            continue;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        utterance.set_rate(rate);
        let last = n + 1 == words.len();
        // The last words read, or the engine failing on them: the reading is over.
        for event in ["end", "error"] {
            let on_end = on_end.clone();
            let listener = EventListener::new(&utterance, event, move |_| {
                if last {
                    on_end();
                }
            });
            reading.push((utterance.clone(), listener));
        }
        synthesis.speak(&utterance);
    }
    let started = !reading.is_empty();
    READING.with(|r| *r.borrow_mut() = reading);
    started
}

/// The words the reader has selected on the page, if any (its white space as single spaces, at
/// most 5,000 characters): what 朗读选中的文字 reads, taken as 长辈模式's dialog opens (the dialog
/// takes the selection away).
pub fn selected_words() -> Option<String> {
    let selection = web_sys::window()?.get_selection().ok()??;
    let words: String = collapsed(&String::from(selection.to_string()))
        .chars()
        .take(5_000)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// Reads `words` (the reader's selection) at `rate`; `on_end` when done. False without a voice.
pub fn read_words(words: &str, rate: f32, on_end: impl Fn() + 'static) -> bool {
    speak(&[words.to_owned()], rate, on_end)
}

/// 朗读 from where the reader is: from the first block on the screen below the top bar to the end
/// of the report. False when it cannot (no voice).
pub fn read_from_view(rate: f32, on_end: impl Fn() + 'static) -> bool {
    let below_bar = document()
        .and_then(|d| d.query_selector(".top-bar").ok().flatten())
        .map_or(0.0, |bar| bar.get_bounding_client_rect().bottom());
    let blocks = shown_blocks();
    let first = blocks
        .iter()
        .position(|b| b.get_bounding_client_rect().bottom() > below_bar + 1.0)
        .unwrap_or(0);
    speak_blocks(&blocks[first..], rate, on_end)
}

/// 指读: the block the mouse rests on (0.7 s) is read alone; a block tapped or clicked (not a link
/// or control in it) is read on from (连读) to the end. `on_start` when reading begins, `on_end`
/// when it ends.
pub fn read_what_is_pointed(rate: f32, on_start: impl Fn() + 'static, on_end: impl Fn() + 'static) -> Subscription {
    let Some(document) = document() else {
        return Subscription(None);
    };
    let (on_start, on_end) = (std::rc::Rc::new(on_start), std::rc::Rc::new(on_end));
    let read = {
        let (on_start, on_end) = (on_start.clone(), on_end.clone());
        move |blocks: &[web_sys::Element]| {
            let on_end = on_end.clone();
            if speak_blocks(blocks, rate, move || on_end()) {
                on_start();
            }
        }
    };
    let pointed = |event: &web_sys::Event| {
        let element = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        element
            .closest("a[href]:not(.key-figure), button, summary, input")
            .ok()
            .flatten()
            .is_none()
            .then_some(())?;
        element.closest(READ_BLOCKS).ok().flatten()
    };
    let resting = std::rc::Rc::new(std::cell::RefCell::new(None::<gloo::timers::callback::Timeout>));
    let rest = {
        let (read, resting) = (read.clone(), resting.clone());
        EventListener::new(&document, "mouseover", move |event| {
            let read = read.clone();
            *resting.borrow_mut() = pointed(event)
                .map(|block| gloo::timers::callback::Timeout::new(700, move || read(std::slice::from_ref(&block))));
        })
    };
    let tap = EventListener::new(&document, "click", move |event| {
        let Some(block) = pointed(event) else { return };
        resting.borrow_mut().take();
        let blocks = shown_blocks();
        let from = blocks.iter().position(|b| *b == block).unwrap_or(0);
        read(&blocks[from..]);
    });
    Subscription::all([Subscription::listening(Some(rest)), Subscription::listening(Some(tap))])
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

/// Stops reading; what was being read reports no end.
pub fn stop_speaking() {
    let reading = READING.with(|r| std::mem::take(&mut *r.borrow_mut()));
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
    drop(reading);
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

/// A caption longer than this many characters is set smaller (`.caption-bar[data-long]`).
const LONG_CAPTION: usize = 60;

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
        let words = collapsed(&block.text_content().unwrap_or_default());
        if let Some(bar) = block.owner_document().and_then(|d| d.get_element_by_id(bar_id)) {
            if !words.is_empty() && bar.text_content().as_deref() != Some(words.as_str()) {
                bar.set_text_content(Some(&words));
                // Over this many characters, smaller (the bar's CSS), so all of it shows.
                let _ = bar.toggle_attribute_with_force("data-long", words.chars().count() > LONG_CAPTION);
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
