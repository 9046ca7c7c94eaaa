//! Entry point of the embed bundle (`embed/<id>/` pages): only what an embedded block needs.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yitu::start_embed();
}
