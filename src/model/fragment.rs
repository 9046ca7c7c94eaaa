//! What a URL fragment points at on the report page: a section to open and an element to scroll
//! to, from the one parser of fragments (`Target::parse`). Pure and total.

use super::ids::SectionId;
use super::report_model::Model;
use super::target::Target;

/// Where a fragment leads: the section to open (if any) and the element id to scroll to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentTarget {
    pub open_section: Option<SectionId>,
    pub anchor: String,
}

impl FragmentTarget {
    /// Where `target` is on the page.
    pub fn of(model: &Model, target: &Target) -> FragmentTarget {
        FragmentTarget {
            open_section: target.section(model),
            anchor: target.anchor(),
        }
    }
}

/// Resolves a fragment (with or without its leading `#`); anything unknown is `None`.
pub fn resolve_fragment(model: &Model, fragment: &str) -> Option<FragmentTarget> {
    Target::parse(model, fragment).map(|target| FragmentTarget::of(model, &target))
}
