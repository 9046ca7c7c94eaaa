//! Entry point: the browser build starts the app; on the host there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yitu::start();
}
