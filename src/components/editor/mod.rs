//! The office's editor (编辑台, `editor.html`): one component per step, the preview and the 校对单.
//! Built on the host (tests) and, with the `publish` feature, into the editor's bundle only.

mod checklist;
mod figure_picker;
mod icon_picker;
mod open;
mod preview;
mod proof_sheet;
mod proofread;
mod publish;
mod site_settings;

pub use checklist::{EditorChecklist, EditorChecklistProps};
pub use figure_picker::{FigurePicker, FigurePickerProps};
pub use icon_picker::{IconPicker, IconPickerProps};
pub use open::{EditorOpen, EditorOpenProps, Opened, PASTED};
pub use preview::{EditorPreview, EditorPreviewProps};
pub use proof_sheet::{ProofSheet, ProofSheetProps};
pub use proofread::{as_shown, sentence_with, EditorProofread, EditorProofreadProps};
pub use publish::{EditorPublish, EditorPublishProps, SITE_ZIP};
pub use site_settings::{SiteSettings, SiteSettingsProps};

/// A field's `change` handler that hands its value to `decide`: the office's decision is made
/// when it leaves the field (Enter or Tab), not at every key, so each is one step of 撤销.
fn on_decided(decide: yew::Callback<String>) -> yew::Callback<yew::Event> {
    yew::Callback::from(move |event: yew::Event| {
        if let Some(text) = crate::platform::changed_value(&event) {
            decide.emit(text);
        }
    })
}
