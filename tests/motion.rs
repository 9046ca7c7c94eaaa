//! Counting up, on the host: the shown number never exceeds the figure, never goes down, and ends
//! exactly on the figure as written (余 kept).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::model::{counted, split_number, COUNT_UP_MS};

#[test]
fn numbers_split_into_value_and_suffix() {
    assert_eq!(split_number("313"), Some((313, "")));
    assert_eq!(split_number("100余"), Some((100, "余")));
    assert_eq!(split_number("余100"), None);
    assert_eq!(split_number(""), None);
    assert_eq!(
        split_number("99999999999999999999"),
        None,
        "too large to count is left alone"
    );
}

#[test]
fn every_figure_of_the_report_can_count_and_ends_as_written() {
    let report = yitu::data::embedded();
    for found in yitu::model::all_figures(&report) {
        let text = found.figure.number_text();
        let (value, suffix) = split_number(&text).unwrap();
        assert_eq!(format!("{}{suffix}", counted(value, COUNT_UP_MS)), text);
    }
}

proptest! {
    #[test]
    fn counting_is_bounded_monotonic_and_ends_on_the_value(value in 0u32..10_000_000, a in -100.0f64..2000.0, b in -100.0f64..2000.0) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(counted(value, early) <= counted(value, late));
        prop_assert!(counted(value, late) <= value);
        prop_assert_eq!(counted(value, COUNT_UP_MS), value);
        prop_assert_eq!(counted(value, f64::NAN), value);
    }
}
