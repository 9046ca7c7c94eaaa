//! One component per page of the URL contract.

mod embed;
mod not_found;
mod present;
mod report;
mod share;

pub use embed::{EmbedPage, EmbedPageProps, EMBED_ROOT_ID};
pub use not_found::{NotFoundPage, NotFoundPageProps};
pub use present::{PresentPage, PresentPageProps};
pub use report::{ReportPage, ReportPageProps};
pub use share::{SharePage, SharePageProps};
