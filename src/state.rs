//! The page's UI state, in one reducer: which sections are open.

use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// Open sections, by id. The report itself never changes; only this does.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportUi {
    open: BTreeSet<Rc<str>>,
}

/// Everything that changes [`ReportUi`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReportAction {
    /// A section was opened or closed (by its `<details>` element, a link or a fragment).
    SetOpen(Rc<str>, bool),
    /// 展开全部: open these sections.
    OpenAll(Vec<Rc<str>>),
    /// 收起全部.
    CloseAll,
}

impl ReportUi {
    /// The first page load: only `first` is open.
    pub fn with_open(first: Option<Rc<str>>) -> Self {
        ReportUi {
            open: first.into_iter().collect(),
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }
}

impl Reducible for ReportUi {
    type Action = ReportAction;

    fn reduce(self: Rc<Self>, action: ReportAction) -> Rc<Self> {
        let mut open = self.open.clone();
        match action {
            ReportAction::SetOpen(id, true) => {
                open.insert(id);
            }
            ReportAction::SetOpen(id, false) => {
                open.remove(&id);
            }
            ReportAction::OpenAll(ids) => open.extend(ids),
            ReportAction::CloseAll => open.clear(),
        }
        if open == self.open {
            self
        } else {
            Rc::new(ReportUi { open })
        }
    }
}
