//! Entry point of the share bundle (`share/`): links, QR codes and pictures for WeChat.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yitu::start_share();
}
