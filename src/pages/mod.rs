//! One component per page of the URL contract.

mod embed;
mod not_found;
mod report;

pub use embed::{EmbedPage, EmbedPageProps, EMBED_ROOT_ID};
pub use not_found::{NotFoundPage, NotFoundPageProps};
pub use report::{ReportPage, ReportPageProps};
