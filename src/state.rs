//! The pages' UI state, each in one reducer: which of the report's sections are open; the deck's.

use crate::model::SectionId;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// Open sections, by id. The report itself never changes; only this does.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportUi {
    open: BTreeSet<SectionId>,
}

/// Everything that changes [`ReportUi`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReportAction {
    /// A section was opened or closed (by its `<details>` element, a link or a fragment).
    SetOpen(SectionId, bool),
    /// 展开全部: open these sections.
    OpenAll(Vec<SectionId>),
    /// 收起全部.
    CloseAll,
}

impl ReportUi {
    /// The first page load: only `first` is open.
    pub fn with_open(first: Option<SectionId>) -> Self {
        // Inserted, not collected: collecting into a set sorts its items first, and that sort
        // cost the report's wasm some 3 KB of code.
        let mut open = BTreeSet::new();
        open.extend(first);
        ReportUi { open }
    }

    pub fn is_open(&self, id: &SectionId) -> bool {
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
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The deck's UI state: the current slide, a slide number being typed, a blacked-out screen, the
/// overview of all slides, and whether this window is the speaker view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeckUi {
    pub current: usize,
    pub count: usize,
    /// Digits typed so far (a slide number waiting for Enter).
    pub typed: String,
    pub blacked: bool,
    /// The overview, while open: the slide its selection marks.
    pub overview: Option<usize>,
    /// The overview grid's columns as laid out, so ↑ and ↓ move by a row.
    pub overview_columns: usize,
    /// This window shows the speaker view (S), not the slides.
    pub speaker: bool,
    /// When the speaker view's clock started (seconds since the epoch), kept while S switches
    /// between the views.
    pub clock_started: Option<u64>,
}

/// Everything that changes [`DeckUi`]. Commands that reach outside the page (fullscreen, the
/// audience window) are the page's to carry out; here they only change what the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckAction {
    /// A key's command.
    Command(crate::model::DeckCommand),
    /// A click or swipe on the slides: steps only while they are what the window shows.
    Pointer(crate::model::DeckCommand),
    /// Show this slide (0-based; clamped): a fragment, the other window.
    GoTo(usize),
    /// A slide chosen in the overview: show it and close the overview.
    Jump(usize),
    /// The overview's selection follows the focus (Tab, a pointer).
    Select(usize),
    /// The overview grid was laid out with this many columns.
    OverviewColumns(usize),
    /// The speaker view's clock starts (or restarts, 重新计时) at this time.
    StartClock(u64),
}

impl DeckUi {
    /// The deck's state as a window opens: the slides, or (`speaker`) the speaker view.
    pub fn new(count: usize, speaker: bool) -> Self {
        DeckUi {
            count,
            speaker,
            overview_columns: 1,
            ..DeckUi::default()
        }
    }

    fn clamped(&self, index: usize) -> usize {
        index.min(self.count.saturating_sub(1))
    }

    /// A command while the slides (or the speaker view) show.
    fn on_slides(&mut self, command: crate::model::DeckCommand) {
        use crate::model::DeckCommand as C;
        let typed = if matches!(command, C::Digit(_)) {
            String::new()
        } else {
            std::mem::take(&mut self.typed)
        };
        match command {
            C::Next | C::Down => self.current = self.clamped(self.current + 1),
            C::Previous | C::Up => self.current = self.current.saturating_sub(1),
            C::First => self.current = 0,
            C::Last => self.current = self.clamped(usize::MAX),
            C::Digit(d) if self.typed.len() < 4 => self.typed.push(char::from(b'0' + d)),
            C::Go => {
                if let Ok(n) = typed.parse::<usize>() {
                    self.current = self.clamped(n.saturating_sub(1));
                }
            }
            // The speaker view has no black screen of its own (B belongs to the hall's window).
            C::Black => self.blacked = !self.speaker,
            C::Speaker => self.speaker = !self.speaker,
            C::Overview => self.overview = Some(self.current),
            C::Digit(_) | C::ToggleFullscreen | C::Close => {}
        }
    }

    /// A command while the overview is open, with `selected` marked: arrows move the selection,
    /// Enter shows it, O and Esc close.
    fn in_overview(&mut self, selected: usize, command: crate::model::DeckCommand) {
        use crate::model::DeckCommand as C;
        let columns = self.overview_columns.max(1);
        let moved = match command {
            C::Next => self.clamped(selected + 1),
            C::Previous => selected.saturating_sub(1),
            C::Down => self.clamped(selected.saturating_add(columns)),
            C::Up => selected.checked_sub(columns).unwrap_or(selected),
            C::First => 0,
            C::Last => self.clamped(usize::MAX),
            C::Go => {
                self.current = selected;
                self.overview = None;
                return;
            }
            C::Overview | C::Close => {
                self.overview = None;
                return;
            }
            C::Digit(_) | C::Black | C::Speaker | C::ToggleFullscreen => return,
        };
        self.overview = Some(moved);
    }
}

impl Reducible for DeckUi {
    type Action = DeckAction;

    fn reduce(self: Rc<Self>, action: DeckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            // Any key returns from a black screen, and does nothing else.
            DeckAction::Command(_) if self.blacked => next.blacked = false,
            DeckAction::Command(command) => match self.overview {
                Some(selected) => next.in_overview(selected, command),
                None => next.on_slides(command),
            },
            // A click ends a black screen as a key does.
            DeckAction::Pointer(_) if self.blacked => next.blacked = false,
            DeckAction::Pointer(command) if !self.speaker && self.overview.is_none() => next.on_slides(command),
            DeckAction::Pointer(_) => {}
            DeckAction::GoTo(index) => {
                next.current = self.clamped(index);
                next.typed.clear();
            }
            DeckAction::Jump(index) => {
                next.current = self.clamped(index);
                next.overview = None;
                next.typed.clear();
            }
            DeckAction::Select(index) if self.overview.is_some() => next.overview = Some(self.clamped(index)),
            DeckAction::Select(_) => {}
            DeckAction::OverviewColumns(columns) => next.overview_columns = columns.max(1),
            DeckAction::StartClock(at) => next.clock_started = Some(at),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
