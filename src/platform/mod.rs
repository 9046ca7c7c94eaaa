//! The only place that touches browser APIs. On the host (server-side rendering, tests) every
//! function is a harmless no-op, so components can call them from effects and handlers.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;
#[cfg(target_arch = "wasm32")]
mod deck;
#[cfg(target_arch = "wasm32")]
pub use deck::*;
#[cfg(all(target_arch = "wasm32", feature = "publish"))]
mod editor;
#[cfg(all(target_arch = "wasm32", feature = "publish"))]
pub use editor::*;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub use embed::*;
#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
pub use export::*;
#[cfg(target_arch = "wasm32")]
mod motion;
#[cfg(target_arch = "wasm32")]
pub use motion::*;
#[cfg(target_arch = "wasm32")]
mod offline;
#[cfg(target_arch = "wasm32")]
pub use offline::*;
#[cfg(target_arch = "wasm32")]
mod optional;
#[cfg(target_arch = "wasm32")]
mod reading;
#[cfg(target_arch = "wasm32")]
pub use reading::*;

#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
pub use share::*;

#[cfg(not(target_arch = "wasm32"))]
mod host;
#[cfg(not(target_arch = "wasm32"))]
pub use host::*;

#[cfg(target_arch = "wasm32")]
mod parts;
#[cfg(target_arch = "wasm32")]
pub use parts::*;

/// Work that belongs to one element of the page, run in a task of its own by `run_nearest_first`:
/// the nearer its element to the screen, the sooner.
pub struct NearWork {
    pub near: yew::NodeRef,
    pub run: Box<dyn FnOnce()>,
}
