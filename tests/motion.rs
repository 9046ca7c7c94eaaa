//! Counting up, on the host: the shown number never exceeds the figure, never goes down, and ends
//! exactly on the figure as written (余 kept).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::model::{counted, split_number, CountUp, COUNT_UP_MS};

#[test]
fn numbers_split_into_value_and_suffix() {
    let whole = |target| CountUp { target, decimals: 0 };
    assert_eq!(split_number("313"), Some((whole(313), "")));
    assert_eq!(split_number("100余"), Some((whole(100), "余")));
    let tenths = CountUp {
        target: 468,
        decimals: 1,
    };
    assert_eq!(split_number("46.8亿元"), Some((tenths, "亿元")));
    assert_eq!(split_number("0.05%"), Some((CountUp { target: 5, decimals: 2 }, "%")));
    assert_eq!(
        split_number("5."),
        Some((whole(5), ".")),
        "a point without digits is not a decimal"
    );
    assert_eq!(
        (tenths.text(0), tenths.text(23), tenths.text(468)),
        ("0.0".into(), "2.3".into(), "46.8".into())
    );
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
        let (number, suffix) = split_number(&text).unwrap();
        assert_eq!(
            format!("{}{suffix}", number.text(counted(number.target, COUNT_UP_MS))),
            text
        );
    }
}

proptest! {
    #[test]
    fn counting_is_bounded_monotonic_and_ends_on_the_value(value in 0u64..1_000_000_000_000_000, a in -100.0f64..2000.0, b in -100.0f64..2000.0) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(counted(value, early) <= counted(value, late));
        prop_assert!(counted(value, late) <= value);
        prop_assert_eq!(counted(value, COUNT_UP_MS), value);
        prop_assert_eq!(counted(value, f64::NAN), value);
    }
}

proptest! {
    #[test]
    fn any_number_as_written_counts_up_to_itself(whole in 0u64..1_000_000, fraction in proptest::option::of("[0-9]{1,4}")) {
        let written = match &fraction { Some(f) => format!("{whole}.{f}"), None => whole.to_string() };
        let text = format!("{written}万人次");
        let (number, rest) = split_number(&text).unwrap();
        prop_assert_eq!(rest, "万人次");
        prop_assert_eq!(number.text(counted(number.target, COUNT_UP_MS)), written);
    }
}
