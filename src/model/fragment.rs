//! What a URL fragment points at on the report page: a section to open and an element to scroll
//! to, from the one parser of fragments (`Target::parse`). Pure and total.

use super::target::Target;
use crate::data::Report;
use std::rc::Rc;

/// Where a fragment leads: the section to open (if any) and the element id to scroll to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentTarget {
    pub open_section: Option<Rc<str>>,
    pub anchor: String,
}

impl FragmentTarget {
    /// Where `target` is on the page.
    pub fn of(report: &Report, target: &Target) -> FragmentTarget {
        FragmentTarget {
            open_section: target.section(report),
            anchor: target.anchor(),
        }
    }
}

/// Resolves a fragment (with or without its leading `#`); anything unknown is `None`.
pub fn resolve_fragment(report: &Report, fragment: &str) -> Option<FragmentTarget> {
    Target::parse(report, fragment).map(|target| FragmentTarget::of(report, &target))
}
