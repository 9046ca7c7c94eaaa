//! One component per page of the URL contract.

#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
mod editor;
mod embed;
mod not_found;
mod present;
mod report;
mod share;

#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub use editor::{EditorPage, EditorPageProps};
pub use embed::{EmbedPage, EmbedPageProps, EMBED_ROOT_ID};
pub use not_found::{NotFoundPage, NotFoundPageProps};
pub use present::{PresentPage, PresentPageProps};
pub use report::{ReportPage, ReportPageProps};
pub use share::{SharePage, SharePageProps};
