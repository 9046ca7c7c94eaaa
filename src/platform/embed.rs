//! An embed page telling its host page how tall it is: a `ResizeObserver` on the embed's wrapper
//! (not the viewport, so no `100vh` feedback loop), messages only when the height changes, and a
//! fresh message when Pym.js's parent reports a new width. Messages from anyone but the parent
//! window, or of any other shape, are ignored.

use super::{document, Subscription};
use crate::model::{height_messages, parse_embed_query, parse_parent_message, Outgoing, ParentMessage};
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The longest message from the parent that is read (in UTF-16 units): Pym.js's `width` message
/// for a child id of at most 64 characters is well under it.
const MOST_MESSAGE_UNITS: u32 = 256;

/// A message's data as text when it is a string of at most `most` UTF-16 units: its length is
/// looked at before anything is copied out of the browser's memory.
fn short_text(event: &web_sys::MessageEvent, most: u32) -> Option<String> {
    let data = event.data();
    let short = data
        .dyn_ref::<js_sys::JsString>()
        .is_some_and(|text| text.length() <= most);
    if !short {
        return None;
    }
    data.as_string()
}

struct Sizing {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
    _messages: EventListener,
}

impl Drop for Sizing {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting the height of the element `root_id` to the host page, for the block `block_id`.
/// Outside an iframe there is no host, and nothing is sent.
pub fn embed_sizing(root_id: &str, block_id: &str) -> Subscription {
    let Some(window) = web_sys::window() else {
        return Subscription(None);
    };
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return Subscription(None),
    };
    let Some(root) = document().and_then(|d| d.get_element_by_id(root_id)) else {
        return Subscription(None);
    };
    let child_id = parse_embed_query(&window.location().search().unwrap_or_default()).child_id;
    let last_sent = Rc::new(Cell::new(0_u32));
    let send = {
        let (parent, root, block_id) = (parent.clone(), root.clone(), block_id.to_owned());
        let child_id = child_id.clone();
        let last_sent = last_sent.clone();
        move |always: bool| {
            let height = root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if height == 0 || (!always && height == last_sent.get()) {
                return;
            }
            last_sent.set(height);
            let src = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            for message in height_messages(&block_id, child_id.as_deref(), height, &src) {
                let value = match message {
                    Outgoing::Object(json) => js_sys::JSON::parse(&json).ok(),
                    Outgoing::Text(text) => Some(JsValue::from_str(&text)),
                };
                if let Some(value) = value {
                    let _ = parent.post_message(&value, "*");
                }
            }
        }
    };
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| send(false))
    };
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return Subscription(None);
    };
    observer.observe(&root);
    let messages = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        // Who sent it, then its size, before its content: nothing from anyone but the parent, and
        // nothing longer than a Pym.js message, is ever copied out of the browser's memory.
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        let Some(child_id) = child_id.as_deref().filter(|_| from_parent) else {
            return;
        };
        let Some(data) = short_text(event, MOST_MESSAGE_UNITS) else {
            return;
        };
        // A new width reflows the page; the observer sees that, but Pym.js expects an answer anyway.
        if matches!(parse_parent_message(&data, child_id), Some(ParentMessage::Width(_))) {
            send(true);
        }
    });
    Subscription(Some(Box::new(Sizing {
        observer,
        _callback: on_resize,
        _messages: messages,
    })))
}

/// The longest height message of ours that is read (in UTF-16 units): its fixed words, a height
/// and the embed page's address.
const MOST_HEIGHT_MESSAGE_UNITS: u32 = 2048;

/// Calls `on_height` with each height the iframe `frame_id` on this page reports while it shows
/// `block_id`'s embed page (the text message our embed pages send, `model::own_height`);
/// messages from any other window or origin, or of any other shape, are ignored.
pub fn frame_heights(frame_id: &str, block_id: &str, on_height: impl Fn(u32) + 'static) -> Subscription {
    let Some(window) = web_sys::window() else {
        return Subscription(None);
    };
    let own_origin = window.location().origin().ok();
    let (frame_id, block_id) = (frame_id.to_owned(), block_id.to_owned());
    let listener = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let frame = document()
            .and_then(|d| d.get_element_by_id(&frame_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok())
            .and_then(|frame| frame.content_window());
        let from_frame = match (event.source(), frame) {
            (Some(source), Some(frame)) => js_sys::Object::is(&source, &frame),
            _ => false,
        } && own_origin.as_deref() == Some(event.origin().as_str());
        // Who sent it before its content, as for the parent's messages above.
        if !from_frame {
            return;
        }
        if let Some(height) =
            short_text(event, MOST_HEIGHT_MESSAGE_UNITS).and_then(|text| crate::model::own_height(&text, &block_id))
        {
            on_height(height);
        }
    });
    Subscription(Some(Box::new(listener)))
}
