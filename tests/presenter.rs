//! The presenter's kit decided on the host: pacing against a target, the audience window's
//! screen, and what the speaker view says about it.

use yitu::model::{
    audience_placement, audience_screen, audience_window_features, pacing, parse_talk_minutes, time_left_text,
    AudienceWindow, Pace, ScreenArea, Screens,
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
