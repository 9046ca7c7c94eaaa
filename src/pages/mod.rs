//! One component per page of the URL contract.

mod not_found;
mod report;

pub use not_found::{NotFoundPage, NotFoundPageProps};
pub use report::{ReportPage, ReportPageProps};
