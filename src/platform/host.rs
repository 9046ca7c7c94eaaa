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
