//! Typed ids of what the report names: a section, a chart, a figure, a section's numbered item.
//! Only the model makes them (from the report it was built from, or by parsing a fragment against
//! it), so an id in hand names something that report has; each type says which kind of thing.

use std::fmt;
use std::num::NonZeroUsize;
use std::rc::Rc;

macro_rules! report_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Rc<str>);

        impl $name {
            pub(crate) fn of(id: &Rc<str>) -> Self {
                $name(id.clone())
            }

            /// The id as the data file writes it.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id as the data file writes it, shared.
            pub fn as_rc(&self) -> &Rc<str> {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                *self.0 == *other
            }
        }

        impl PartialEq<Rc<str>> for $name {
            fn eq(&self, other: &Rc<str>) -> bool {
                *self.0 == **other
            }
        }
    };
}

report_id!(
    /// An expandable section: a work area, the year's tasks, the proposals report (`area-1`).
    SectionId
);
report_id!(
    /// A chart the data declares.
    ChartId
);
report_id!(
    /// A figure the report states.
    FigureId
);

/// A section's `n`th numbered item (from 1, in page order through the section's groups; for the
/// proposals report, its groups' items then its outlook's).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    pub section: SectionId,
    pub n: NonZeroUsize,
}
