//! 一图读懂: the interactive edition of the Beibei District CPPCC Standing Committee's 2023 work report.
//!
//! Data flows one way: `data` (the validated report, as the page carries it) → `model` (view-ready
//! questions) → `pages` and `components` (Yew), with UI state in one reducer (`state`) and every
//! browser API behind `platform`; `site` renders the whole site from a report. See ARCHITECTURE.md.

pub mod app;
pub mod charts;
pub mod components;
pub mod data;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub mod draft;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub mod import;
pub mod model;
pub mod pages;
pub mod platform;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub mod site;
pub mod state;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod boot;
#[cfg(all(target_arch = "wasm32", feature = "publish"))]
pub use boot::start_editor;
#[cfg(target_arch = "wasm32")]
pub use boot::{start, start_embed, start_present, start_share};

pub use app::{App, AppProps};
pub use view::View;
