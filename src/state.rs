//! The page's UI state, in one reducer: which sections are open, the reading preferences, and which
//! block the 嵌入 dialog is showing.

use crate::model::Preferences;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// Open sections, by id. The report itself never changes; only this does.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportUi {
    open: BTreeSet<Rc<str>>,
    /// 长辈模式: font tier, contrast, cursor.
    pub preferences: Preferences,
    /// The block whose embed code the 嵌入 dialog shows, while it is open.
    pub embedding: Option<Rc<str>>,
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
    /// The reader changed 长辈模式 settings (or they were read back from the page).
    SetPreferences(Preferences),
    /// 嵌入: show the embed code of this block.
    OpenEmbed(Rc<str>),
    /// The 嵌入 dialog was closed (its button, Esc).
    CloseEmbed,
}

impl ReportUi {
    /// The first page load: only `first` is open; preferences are read back after hydration.
    pub fn with_open(first: Option<Rc<str>>) -> Self {
        ReportUi {
            open: first.into_iter().collect(),
            preferences: Preferences::default(),
            embedding: None,
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }
}

impl Reducible for ReportUi {
    type Action = ReportAction;

    fn reduce(self: Rc<Self>, action: ReportAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ReportAction::SetOpen(id, true) => {
                next.open.insert(id);
            }
            ReportAction::SetOpen(id, false) => {
                next.open.remove(&id);
            }
            ReportAction::OpenAll(ids) => next.open.extend(ids),
            ReportAction::CloseAll => next.open.clear(),
            ReportAction::SetPreferences(preferences) => next.preferences = preferences,
            ReportAction::OpenEmbed(id) => next.embedding = Some(id),
            ReportAction::CloseEmbed => next.embedding = None,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
