//! Host stand-ins for `browser`: there is no page, so nothing to read and nothing to change.

/// Keeps an event subscription alive; dropping it unsubscribes.
pub struct Subscription;

impl Subscription {
    pub fn all<const N: usize>(_subscriptions: [Subscription; N]) -> Self {
        Subscription
    }
}

pub fn fragment() -> String {
    String::new()
}

pub fn page_address() -> String {
    String::new()
}

pub fn query() -> String {
    String::new()
}

pub fn replace_fragment(_id: Option<&str>) {}

pub fn details_open_before_app(_id: &str) -> Option<bool> {
    None
}

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

pub fn take_early_click(_prefix: &str) -> Option<String> {
    None
}

pub fn take_early_keys() -> Vec<String> {
    Vec::new()
}

pub fn field_value(_id: &str) -> Option<String> {
    None
}

pub fn read_preferences() -> crate::model::Preferences {
    crate::model::Preferences::default()
}

pub fn apply_preferences(_preferences: crate::model::Preferences) {}

pub fn on_preferences_stored(_callback: impl Fn(crate::model::Preferences) + 'static) -> Option<Subscription> {
    None
}

pub fn show_dialog(_id: &str) {}

pub fn close_dialog(_id: &str) {}

pub fn can_read_aloud() -> bool {
    false
}

pub fn on_voices_changed(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn read_from_view(_rate: f32, _on_end: impl Fn() + 'static) -> bool {
    false
}

pub fn read_what_is_pointed(_rate: f32, _on_start: impl Fn() + 'static, _on_end: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn selected_words() -> Option<String> {
    None
}

pub fn read_words(_words: &str, _rate: f32, _on_end: impl Fn() + 'static) -> bool {
    false
}

pub fn pause_or_resume() {}

pub fn stop_speaking() {}

pub fn keep_focus_inside(_event: &yew::KeyboardEvent, _dialog_id: &str) {}

pub fn element_width(_id: &str) -> Option<f64> {
    None
}

pub fn observe_size(_id: &str, _callback: impl Fn(f64, f64) + 'static) -> Subscription {
    Subscription
}

pub fn downloads_blocked() -> bool {
    false
}

pub fn palette(_id: &str) -> crate::charts::Palette {
    crate::charts::Palette::default()
}

pub fn download_text(_text: &str, _mime: &str, _filename: &str) -> Result<(), String> {
    Err("没有浏览器，无法下载".to_owned())
}

pub fn download_url(_url: &str, _filename: &str) -> Result<(), String> {
    Err("没有浏览器，无法下载".to_owned())
}

pub async fn png_data_url(_svg: &str, _width: u32, _height: u32, _scale: u32) -> Result<String, String> {
    Err("没有浏览器，无法生成图片".to_owned())
}

pub fn rise_when_seen(_selector: &str) -> Subscription {
    Subscription
}

pub fn embed_sizing(_root_id: &str, _block_id: &str) -> Subscription {
    Subscription
}

pub fn frame_heights(_frame_id: &str, _block_id: &str, _on_height: impl Fn(u32) + 'static) -> Subscription {
    Subscription
}

pub fn page_folder() -> Option<String> {
    None
}

pub async fn copy_text(_text: &str, _field_id: &str) -> bool {
    false
}

pub fn on_deck_keys(_callback: impl Fn(crate::model::DeckCommand) + 'static) -> Subscription {
    Subscription
}

pub fn on_deck_pointer(_callback: impl Fn(crate::model::DeckCommand) + 'static) -> Subscription {
    Subscription
}

pub fn toggle_fullscreen() {}

pub fn show_only_slide(_index: usize) {}

pub fn in_next_task(start: impl FnOnce() + 'static) {
    start();
}

pub fn subscribe_later(_subscribe: impl FnOnce() -> Subscription + 'static) -> Subscription {
    Subscription
}

pub fn keep_screen_awake() -> Subscription {
    Subscription
}

pub fn hide_when_idle() -> Subscription {
    Subscription
}

pub fn set_document_title(_title: &str) {}

pub fn audience_address(_deck_folder: &str, _number: usize) -> String {
    String::new()
}

pub async fn screens() -> crate::model::Screens {
    crate::model::Screens::Unknown
}

pub fn ask_for_screens() {}

pub fn open_audience_window(_url: &str, _screen: Option<&crate::model::ScreenArea>) -> bool {
    false
}

pub fn stored_talk_minutes(_deck_folder: &str) -> Option<u16> {
    None
}

pub fn store_talk_minutes(_deck_folder: &str, _minutes: u16) {}

pub fn grid_columns(_id: &str) -> Option<usize> {
    None
}

pub fn focus_into_view(_id: &str) {}

/// The channel the deck and its speaker view share (none on the host).
pub struct DeckChannel;

impl DeckChannel {
    pub fn announce(&self, _index: usize) {}
}

pub fn deck_channel(_deck_folder: &str, _callback: impl Fn(usize) + 'static) -> (DeckChannel, Subscription) {
    (DeckChannel, Subscription)
}

pub fn now_seconds() -> u64 {
    0
}

pub fn clock_text() -> String {
    String::new()
}

pub fn every_second(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn register_offline_deck(_on_ready: impl FnOnce() + 'static) {}

pub fn opened_from_file() -> bool {
    false
}

pub fn on_before_print(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn open_all_details(_selector: &str) {}

pub fn on_slash_key(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn focus(_id: &str) {}

pub fn input_value(_event: &yew::InputEvent) -> Option<String> {
    None
}

pub fn can_web_share() -> bool {
    false
}

pub async fn web_share(_title: &str, _url: &str) -> Result<(), String> {
    Err("no browser".to_owned())
}

/// A file the office chose or dropped (none on the host).
pub struct PickedFile;

pub fn picked_file(_event: &yew::Event) -> Option<PickedFile> {
    None
}

pub fn dropped_file(_event: &yew::DragEvent) -> Option<PickedFile> {
    None
}

pub fn accept_drop(_event: &yew::DragEvent) {}

pub async fn read_picked(_file: PickedFile) -> Result<(String, Vec<u8>), String> {
    Err("no files on the host".to_owned())
}

pub fn gb18030(_bytes: &[u8]) -> Option<String> {
    None
}

pub fn print_page() {}

pub fn scroll_to_top() {}

pub fn changed_value(_event: &yew::Event) -> Option<String> {
    None
}

pub fn save_draft(_text: &str) -> Result<(), String> {
    Ok(())
}

pub fn load_draft() -> Option<String> {
    None
}

pub fn clear_draft() {}

pub fn on_draft_saved_elsewhere(_callback: impl Fn() + 'static) -> Subscription {
    Subscription
}

pub fn download_bytes(_bytes: &[u8], _mime: &str, _filename: &str) -> Result<(), String> {
    Ok(())
}

pub fn editor_build_text() -> Option<String> {
    None
}

pub fn textarea_value(_event: &yew::InputEvent) -> Option<String> {
    None
}

pub fn caption_what_is_pointed(_bar_id: &'static str) -> Subscription {
    Subscription
}

pub fn cross_at_pointer(_horizontal_id: &'static str, _vertical_id: &'static str) -> Subscription {
    Subscription
}

pub fn start_app_in<C: yew::BaseComponent>(_host: &yew::NodeRef, _props: C::Properties) {}

pub fn run_nearest_first(work: Vec<super::NearWork>, then: impl FnOnce() + 'static) {
    for w in work {
        (w.run)();
    }
    then();
}

pub fn measured<T>(_name: &str, work: impl FnOnce() -> T) -> T {
    work()
}
