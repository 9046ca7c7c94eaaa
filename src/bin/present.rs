//! Entry point of the deck bundle (`present/` and its speaker view).

fn main() {
    #[cfg(target_arch = "wasm32")]
    yitu::start_present();
}
