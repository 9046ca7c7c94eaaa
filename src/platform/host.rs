//! Host stand-ins for `browser`: there is no page, so nothing to read and nothing to change.

/// Keeps an event subscription alive; dropping it unsubscribes.
pub struct Subscription;

pub fn fragment() -> String {
    String::new()
}

pub fn replace_fragment(_id: Option<&str>) {}

pub fn details_open(_id: &str) -> Option<bool> {
    None
}

pub fn event_details_open(_event: &yew::Event) -> Option<bool> {
    None
}

pub fn reveal(_section: Option<&str>, _anchor: &str) {}

pub fn on_hash_change(_callback: impl Fn(String) + 'static) -> Subscription {
    Subscription
}

pub fn mark_ready() {}

pub fn read_preferences() -> crate::model::Preferences {
    crate::model::Preferences::default()
}

pub fn apply_preferences(_preferences: crate::model::Preferences) {}

pub fn show_dialog(_id: &str) {}

pub fn close_dialog(_id: &str) {}

pub fn can_read_aloud() -> bool {
    false
}

pub fn on_voices_changed(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn speak(_text: &str) {}

pub fn pause_or_resume() {}

pub fn stop_speaking() {}

pub fn text_to_read() -> Option<String> {
    None
}

pub fn keep_focus_inside(_event: &yew::KeyboardEvent, _dialog_id: &str) {}

pub fn element_width(_id: &str) -> Option<f64> {
    None
}

pub fn observe_width(_id: &str, _callback: impl Fn(f64) + 'static) -> Subscription {
    Subscription
}
