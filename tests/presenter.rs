//! The presenter's kit decided on the host: pacing against a target, the audience window's
//! screen, and what the speaker view says about it; the order of slide changes between the deck's
//! two windows.

use yitu::model::{
    audience_placement, audience_screen, audience_window_features, pacing, parse_talk_minutes, time_left_text,
    AudienceWindow, Pace, ScreenArea, Screens, SlideOrder,
};

#[test]
fn pacing_compares_the_share_of_slides_shown_with_the_share_of_time_used() {
    // 41 slides in 20 minutes: 30 seconds a slide.
    let at = |elapsed, current| pacing(elapsed, 1200, current, 41).map(|p| (p.pace, p.expected_slide));
    assert_eq!(at(0, 0), Some((Pace::OnTime, 1)));
    assert_eq!(at(600, 20), Some((Pace::OnTime, 21)), "half the time, half the slides");
    assert_eq!(
        at(600, 19),
        Some((Pace::OnTime, 21)),
        "one slide behind is still on time"
    );
    assert_eq!(at(600, 18), Some((Pace::Behind, 21)));
    assert_eq!(at(600, 22), Some((Pace::Ahead, 21)));
    assert_eq!(
        at(60, 0),
        Some((Pace::Behind, 3)),
        "two slides' time still on the first"
    );
    assert_eq!(at(30, 0), Some((Pace::OnTime, 2)), "one slide's time on the first");
    assert_eq!(
        at(2400, 40),
        Some((Pace::OnTime, 41)),
        "over time on the last slide is done, not behind"
    );
    assert_eq!(at(2400, 30), Some((Pace::Behind, 41)));
    assert_eq!(pacing(100, 0, 3, 41), None, "no target, no pacing");
    assert_eq!(
        pacing(5, 60, 0, 1).map(|p| p.pace),
        Some(Pace::OnTime),
        "a one-slide deck"
    );
    assert_eq!(
        pacing(u64::MAX, 60, 0, 41).map(|p| p.pace),
        Some(Pace::Behind),
        "no overflow"
    );
}

#[test]
fn the_time_left_runs_into_overtime() {
    assert_eq!(pacing(90, 600, 0, 10).map(|p| p.left_seconds), Some(510));
    assert_eq!(time_left_text(510), "剩余 08:30");
    assert_eq!(time_left_text(0), "剩余 00:00");
    assert_eq!(time_left_text(-75), "超时 01:15");
    assert_eq!(time_left_text(-6000), "超时 100:00");
    for (words, pace) in [
        ("进度超前", Pace::Ahead),
        ("进度正常", Pace::OnTime),
        ("进度落后", Pace::Behind),
    ] {
        assert_eq!(pace.words(), words);
    }
}

#[test]
fn a_typed_target_is_whole_minutes_within_bounds() {
    assert_eq!(parse_talk_minutes(" 25 "), Some(25));
    for bad in ["", "0", "-5", "2.5", "601", "九十", "99999999999"] {
        assert_eq!(parse_talk_minutes(bad), None, "{bad}");
    }
}

fn screen(left: i32, width: u32, primary: bool, current: bool) -> ScreenArea {
    ScreenArea {
        left,
        top: 0,
        width,
        height: width * 9 / 16,
        primary,
        current,
    }
}

#[test]
fn the_audience_window_goes_to_a_screen_this_window_is_not_on() {
    let laptop = screen(0, 1366, true, true);
    let projector = screen(1366, 1920, false, false);
    assert_eq!(audience_screen(&[laptop, projector]), Some(projector));
    assert_eq!(
        audience_screen(&[projector, laptop]),
        Some(projector),
        "order does not matter"
    );
    // The presenter's window on the projector: the laptop is the other screen.
    let (laptop_other, projector_here) = (screen(0, 1366, true, false), screen(1366, 1920, false, true));
    assert_eq!(audience_screen(&[laptop_other, projector_here]), Some(laptop_other));
    // Three screens: the projector (not primary) before the primary one.
    let monitor = screen(-1920, 1920, true, false);
    let here = screen(0, 1366, false, true);
    assert_eq!(audience_screen(&[monitor, here, projector]), Some(projector));
    assert_eq!(audience_screen(&[laptop]), None);
    assert_eq!(
        audience_screen(&[laptop, screen(1366, 0, false, false)]),
        None,
        "a screen without area is none"
    );
    assert_eq!(
        audience_window_features(&projector),
        "popup,fullscreen,left=1366,top=0,width=1920,height=1080"
    );
}

#[test]
fn the_speaker_view_says_where_the_audience_window_went() {
    let two = Screens::Known(vec![screen(0, 1366, true, true), screen(1366, 1920, false, false)]);
    assert_eq!(audience_placement(&two).1, AudienceWindow::OnOtherScreen);
    assert!(audience_placement(&two).0.is_some());
    let one = Screens::Known(vec![screen(0, 1366, true, true)]);
    assert_eq!(audience_placement(&one), (None, AudienceWindow::OneScreen));
    assert_eq!(
        audience_placement(&Screens::Unknown),
        (None, AudienceWindow::MoveByHand)
    );
    assert_eq!(audience_placement(&Screens::Denied), (None, AudienceWindow::MoveByHand));
    assert_eq!(
        audience_placement(&Screens::NotYetPermitted),
        (None, AudienceWindow::PermissionAsked),
        "not asked yet: open now, ask for the next time"
    );
    assert!(AudienceWindow::PermissionAsked.notice().contains("允许后再按一次"));
    assert!(AudienceWindow::MoveByHand.notice().contains("拖到投影屏幕"));
    assert!(AudienceWindow::Refused.notice().contains("拦截"));
}

/// Two windows on the deck's channel: each shows what it last did or heard later than anything it
/// knows. `steps` says, for each step, which window changes the slide (to a new slide number), when
/// (its clock, in milliseconds), and how many of the messages under way are delivered after it;
/// what is left is delivered at the end.
fn two_windows(steps: &[(bool, u64, usize)]) -> ([usize; 2], [usize; 2]) {
    let mut order = [SlideOrder::new(7), SlideOrder::new(9)];
    let mut shown = [0usize, 0];
    // Messages under way to each window: (slide, stamp).
    let mut under_way: [Vec<(usize, yitu::model::SlideStamp)>; 2] = [Vec::new(), Vec::new()];
    let deliver =
        |to: usize, order: &mut [SlideOrder; 2], shown: &mut [usize; 2], queue: &mut [Vec<_>; 2], n: usize| {
            for (slide, stamp) in queue[to].drain(..n.min(queue[to].len())).collect::<Vec<_>>() {
                if order[to].hear(stamp) {
                    shown[to] = slide;
                }
            }
        };
    for (slide, &(second, now, delivered)) in steps.iter().enumerate() {
        let from = usize::from(second);
        let stamp = order[from].stamp_local(now);
        shown[from] = slide + 1;
        under_way[1 - from].push((slide + 1, stamp));
        deliver(0, &mut order, &mut shown, &mut under_way, delivered);
        deliver(1, &mut order, &mut shown, &mut under_way, delivered);
    }
    let before = shown;
    deliver(0, &mut order, &mut shown, &mut under_way, usize::MAX);
    deliver(1, &mut order, &mut shown, &mut under_way, usize::MAX);
    (before, shown)
}

#[test]
fn changes_crossing_on_the_channel_end_on_the_same_slide_in_both_windows() {
    // PageDown in one and PageUp in the other in the same instant: neither hears the other first.
    let (apart, settled) = two_windows(&[(false, 5, 0), (true, 5, 0)]);
    assert_ne!(apart[0], apart[1]);
    assert_eq!(settled[0], settled[1], "{settled:?}");
    // One after the other: the later change wins in both.
    assert_eq!(two_windows(&[(false, 5, 1), (true, 6, 1)]).1, [2, 2]);
    assert_eq!(two_windows(&[(true, 5, 1), (false, 6, 1)]).1, [2, 2]);
}

#[test]
fn a_window_opened_after_many_changes_in_the_other_leads_at_its_first_change() {
    let mut speaker = SlideOrder::new(9);
    let mut hall = SlideOrder::new(1);
    for now in 1..=40 {
        speaker.stamp_local(now);
    }
    // The audience window opens at 60 ms, having heard nothing, and its clicker steps once.
    let first = hall.stamp_local(60);
    assert!(speaker.hear(first), "the speaker view follows the hall's first key");
    // And the other way round, a window reloaded with a clock behind (changed by hand) still
    // steps past everything it has heard.
    let mut reloaded = SlideOrder::new(3);
    assert!(reloaded.hear(speaker.stamp_local(100)));
    assert!(reloaded.stamp_local(50) > first);
}

#[test]
fn an_old_change_heard_late_is_ignored_and_a_tie_is_broken_the_same_way_in_both() {
    let mut here = SlideOrder::new(1);
    let mut there = SlideOrder::new(2);
    let first = there.stamp_local(0);
    assert!(here.hear(first));
    let mine = here.stamp_local(0);
    assert!(!here.hear(first), "heard twice: not later");
    assert!(there.hear(mine));
    // Both change at once from the same knowledge: the higher window number wins in both.
    let (a, b) = (here.stamp_local(0), there.stamp_local(0));
    assert_eq!(a.counter, b.counter);
    assert_eq!((here.hear(b), there.hear(a)), (true, false));
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn any_interleaving_of_changes_settles_on_one_slide(steps in proptest::collection::vec((proptest::prelude::any::<bool>(), 0u64..50, 0usize..3), 1..20)) {
        let (_, settled) = two_windows(&steps);
        proptest::prop_assert_eq!(settled[0], settled[1]);
    }
}
