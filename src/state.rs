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

/// The deck's UI state: the current slide, a slide number being typed, a blacked-out screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeckUi {
    pub current: usize,
    pub count: usize,
    /// Digits typed so far (a slide number waiting for Enter).
    pub typed: String,
    pub blacked: bool,
}

/// Everything that changes [`DeckUi`]. Commands that reach outside the page (fullscreen, the
/// speaker view) are the page's to carry out; here they only end a black screen or typed number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckAction {
    Command(crate::model::DeckCommand),
    /// Show this slide (0-based; clamped): a fragment, a click, a swipe, the other window.
    GoTo(usize),
}

impl DeckUi {
    pub fn new(count: usize) -> Self {
        DeckUi {
            count,
            ..DeckUi::default()
        }
    }

    fn clamped(&self, index: usize) -> usize {
        index.min(self.count.saturating_sub(1))
    }
}

impl Reducible for DeckUi {
    type Action = DeckAction;

    fn reduce(self: Rc<Self>, action: DeckAction) -> Rc<Self> {
        use crate::model::DeckCommand as C;
        let mut next = (*self).clone();
        match action {
            // Any key returns from a black screen, and does nothing else.
            DeckAction::Command(_) if self.blacked => next.blacked = false,
            DeckAction::Command(command) => {
                if !matches!(command, C::Digit(_)) {
                    next.typed.clear();
                }
                match command {
                    C::Next => next.current = self.clamped(self.current + 1),
                    C::Previous => next.current = self.current.saturating_sub(1),
                    C::First => next.current = 0,
                    C::Last => next.current = self.clamped(usize::MAX),
                    C::Digit(d) if self.typed.len() < 4 => next.typed.push(char::from(b'0' + d)),
                    C::Digit(_) => {}
                    C::Go => {
                        if let Ok(n) = self.typed.parse::<usize>() {
                            next.current = self.clamped(n.saturating_sub(1));
                        }
                    }
                    C::Black => next.blacked = true,
                    C::ToggleFullscreen | C::Speaker => {}
                }
            }
            DeckAction::GoTo(index) => {
                next.current = self.clamped(index);
                next.typed.clear();
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
