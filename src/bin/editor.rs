//! Entry point of the office's editor (`editor.html`): import, check, proofread, preview, download.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yitu::start_editor();
}
