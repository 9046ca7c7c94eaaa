//! The presenter's kit, decided on the host: whether the talk is on schedule, on which screen the
//! audience window opens, and what the speaker view then tells the presenter.

/// The talk against its target duration, from the share of slides shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    Ahead,
    OnTime,
    Behind,
}

impl Pace {
    /// What the speaker view says (the colour only repeats it).
    pub fn words(self) -> &'static str {
        match self {
            Pace::Ahead => "进度超前",
            Pace::OnTime => "进度正常",
            Pace::Behind => "进度落后",
        }
    }

    /// The class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            Pace::Ahead => "pace-ahead",
            Pace::OnTime => "pace-on-time",
            Pace::Behind => "pace-behind",
        }
    }
}

/// Where the talk stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    /// Seconds until the target; negative once it has passed.
    pub left_seconds: i64,
    pub pace: Pace,
    /// The slide (1-based) an evenly paced talk would show now.
    pub expected_slide: usize,
}

/// The talk after `elapsed` seconds of `target`, showing slide `current` (0-based) of `count`.
/// Even pacing is one slide per `target / (count - 1)`; within one slide of it is on time. None
/// without a target.
pub fn pacing(elapsed: u64, target: u64, current: usize, count: usize) -> Option<Pacing> {
    if target == 0 {
        return None;
    }
    let steps = count.saturating_sub(1).max(1) as u128;
    let (elapsed_wide, target_wide) = (u128::from(elapsed), u128::from(target));
    // Compared in slides × target, so no division rounds a slide away.
    let shown = current.min(count.saturating_sub(1)) as u128 * target_wide;
    // Past the target an evenly paced talk is on its last slide, no further.
    let expected = (elapsed_wide * steps).min(steps * target_wide);
    let pace = if shown > expected + target_wide {
        Pace::Ahead
    } else if shown + target_wide < expected {
        Pace::Behind
    } else {
        Pace::OnTime
    };
    let expected_slide = (expected / target_wide).min(steps) as usize + 1;
    Some(Pacing {
        left_seconds: target as i64 - elapsed.min(i64::MAX as u64) as i64,
        pace,
        expected_slide: expected_slide.min(count.max(1)),
    })
}

/// Seconds as `MM:SS` (minutes beyond 59 keep counting: `75:00`).
pub fn clock_face(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

/// The time left, or how far over it the talk has run.
pub fn time_left_text(left_seconds: i64) -> String {
    if left_seconds >= 0 {
        format!("剩余 {}", clock_face(left_seconds.unsigned_abs()))
    } else {
        format!("超时 {}", clock_face(left_seconds.unsigned_abs()))
    }
}

pub use crate::data::MOST_TALK_MINUTES;

/// A target typed into the speaker view: whole minutes, 1 to [`MOST_TALK_MINUTES`].
pub fn parse_talk_minutes(text: &str) -> Option<u16> {
    text.trim()
        .parse::<u16>()
        .ok()
        .filter(|m| (1..=MOST_TALK_MINUTES).contains(m))
}

/// One screen as the Window Management API describes it (its available area).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenArea {
    pub left: i32,
    pub top: i32,
    pub width: u32,
    pub height: u32,
    pub primary: bool,
    /// The screen this window is on.
    pub current: bool,
}

/// The screen for the audience: one this window is not on, the projector (not primary) first.
pub fn audience_screen(screens: &[ScreenArea]) -> Option<ScreenArea> {
    let others = screens.iter().filter(|s| !s.current && s.width > 0 && s.height > 0);
    others
        .clone()
        .find(|s| !s.primary)
        .or_else(|| others.clone().next())
        .copied()
}

/// `window.open` features for a window covering `screen`, fullscreen where the browser grants it.
pub fn audience_window_features(screen: &ScreenArea) -> String {
    format!(
        "popup,fullscreen,left={},top={},width={},height={}",
        screen.left, screen.top, screen.width, screen.height
    )
}

/// What the browser let the page learn about the screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screens {
    /// No Window Management API (most browsers but Chromium's, plain-http addresses).
    Unknown,
    /// The presenter or a policy refused it.
    Denied,
    /// Not permitted yet: asking shows the browser's prompt, which could outlast the press's
    /// permission to open a window, so the window opens first and the prompt follows.
    NotYetPermitted,
    /// The screens it reported.
    Known(Vec<ScreenArea>),
}

/// What became of 打开观众窗口, as the speaker view tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceWindow {
    /// Opened over the other screen.
    OnOtherScreen,
    /// Opened; the browser could not say where the projector is.
    MoveByHand,
    /// Opened; only this screen is connected.
    OneScreen,
    /// Opened, and the browser asked for the permission to place it next time.
    PermissionAsked,
    /// The browser refused the window.
    Refused,
}

impl AudienceWindow {
    pub fn notice(self) -> &'static str {
        match self {
            AudienceWindow::OnOtherScreen => "观众窗口已在另一块屏幕上打开。如未全屏，请在该窗口中按 F。",
            AudienceWindow::MoveByHand => "观众窗口已打开。请把它拖到投影屏幕上，在其中按 F 全屏。",
            AudienceWindow::OneScreen => "只找到一块屏幕：观众窗口已打开。接上投影后把它拖过去，按 F 全屏。",
            AudienceWindow::PermissionAsked => {
                "观众窗口已打开：请把它拖到投影屏幕上，在其中按 F 全屏。浏览器如询问能否管理窗口，允许后再按一次，观众窗口会直接放到另一块屏幕上。"
            }
            AudienceWindow::Refused => {
                "浏览器拦截了观众窗口。请允许本网站弹出窗口后再按一次“打开观众窗口”；演讲者视图照常可用。"
            }
        }
    }
}

/// Where to open the audience window, and what to say if it opens.
pub fn audience_placement(screens: &Screens) -> (Option<ScreenArea>, AudienceWindow) {
    match screens {
        Screens::Unknown | Screens::Denied => (None, AudienceWindow::MoveByHand),
        Screens::NotYetPermitted => (None, AudienceWindow::PermissionAsked),
        Screens::Known(list) => match audience_screen(list) {
            Some(screen) => (Some(screen), AudienceWindow::OnOtherScreen),
            None => (None, AudienceWindow::OneScreen),
        },
    }
}

/// When a window changed the slide, so that two windows stepping at once (a key in the speaker view
/// and one in the audience window in the same instant) end on the same slide: a counter that each
/// window takes past every change it has seen and at least to the clock's milliseconds (so a window
/// opened or reloaded later, which has seen nothing, still leads at its first change), then the
/// window's own number to break a tie. Both windows show the change with the larger stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct SlideStamp {
    pub counter: u64,
    pub window: u32,
}

/// The latest slide change one window knows of, its own or heard from another window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlideOrder {
    window: u32,
    latest: SlideStamp,
}

impl SlideOrder {
    /// The order as seen by the window numbered `window` (chosen at random per window).
    pub fn new(window: u32) -> Self {
        SlideOrder {
            window,
            latest: SlideStamp::default(),
        }
    }

    /// A change made in this window at `now` (milliseconds of the browser's clock, which both
    /// windows share): stamped after every change it knows of, and not before `now`.
    pub fn stamp_local(&mut self, now: u64) -> SlideStamp {
        self.latest = SlideStamp {
            counter: self.latest.counter.saturating_add(1).max(now),
            window: self.window,
        };
        self.latest
    }

    /// A change heard from another window: whether it is later than every change known here (and
    /// so is to be shown); an earlier one, crossing a change made here, is ignored.
    pub fn hear(&mut self, stamp: SlideStamp) -> bool {
        let later = stamp > self.latest;
        if later {
            self.latest = stamp;
        }
        later
    }
}
