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
