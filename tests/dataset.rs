#![cfg(not(target_arch = "wasm32"))]
//! The dataset against the source document: every line verbatim, every quantity a figure, no name a figure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use yitu::data::{self, Report};
use yitu::model::Model;

const SOURCE: &str = include_str!("../assets/source/report-2023.txt");
const DATA: &str = include_str!("../assets/report.toml");

/// Numbers in the report that are names, not quantities (years, a session, an anniversary, a 制度).
const NAMES: &[&str] = &["2023年", "2024年", "“13710”", "75周年"];

fn report() -> Report {
    data::report_under_test()
}

/// A source line as the dataset must carry it: list dashes and `**` removed.
fn cleaned(line: &str) -> String {
    let line = line.trim();
    let line = line.strip_prefix("- ").unwrap_or(line);
    line.replace("**", "").trim().to_owned()
}

fn source() -> Vec<String> {
    SOURCE.lines().map(cleaned).filter(|l| !l.is_empty()).collect()
}

#[test]
fn every_source_line_is_in_the_dataset_verbatim_and_in_order() {
    let model = Model::under_test();
    let expected = source();
    assert_eq!(expected.len(), 99, "the source has 99 non-empty lines");
    let actual = model.source_lines();
    for (n, (want, got)) in expected.iter().zip(&actual).enumerate() {
        assert_eq!(want, got, "line {n} differs");
    }
    assert_eq!(
        actual.len(),
        expected.len(),
        "the dataset has lines the source lacks, or lacks some"
    );
}

#[test]
fn the_report_under_test_is_the_data_file() {
    assert_eq!(data::parse_toml(DATA).unwrap(), report());
}

#[test]
fn the_data_file_is_valid() {
    assert_eq!(data::validate(&report()), vec![]);
}

#[test]
fn every_quantity_in_the_source_is_a_figure_and_no_name_is() {
    let model = Model::under_test();
    let figures = model.figures();
    let mut quantities = 0;
    for line in source() {
        let digit_runs = digit_runs(&line);
        for (start, end) in digit_runs {
            if NAMES.iter().any(|name| covers(&line, name, start, end)) {
                continue;
            }
            quantities += 1;
            let covered = figures.iter().any(|f| {
                f.item.text.as_ref() == line
                    && f.figure.locate_in(&line).is_some_and(|at| at == start)
                    && line[start..end] == f.figure.value.to_string()
            });
            assert!(
                covered,
                "“{}” in “{line}” is a quantity without a figure",
                &line[start..end]
            );
        }
    }
    assert_eq!(
        quantities,
        figures.len(),
        "figures that state no quantity of the source"
    );
    assert_eq!(figures.len(), 39);
    for f in figures {
        let text = &f.item.text;
        let at = f.figure.locate_in(text).unwrap();
        let end = at + f.figure.value.to_string().len();
        for name in NAMES {
            assert!(
                !covers(text, name, at, end),
                "figure {} is part of the name {name}",
                f.figure.id
            );
        }
    }
}

fn digit_runs(line: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (at, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                runs.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// Whether an occurrence of `name` in `line` spans the byte range `start..end`.
fn covers(line: &str, name: &str, start: usize, end: usize) -> bool {
    line.match_indices(name)
        .any(|(at, _)| at <= start && end <= at + name.len())
}

#[test]
fn approximate_figures_keep_their_yu() {
    let model = Model::under_test();
    let approx: Vec<String> = model
        .figures()
        .iter()
        .filter(|f| f.figure.approximate)
        .map(|f| f.figure.phrase())
        .collect();
    assert_eq!(approx, ["100余条", "40余个"]);
}

#[test]
fn proposals_add_up_as_the_report_states() {
    let model = Model::under_test();
    let value = |id: &str| model.figure(id).unwrap().figure.value.as_str().parse::<u64>().unwrap();
    assert_eq!(
        value("proposals-plenary") + value("proposals-regular"),
        value("proposals-total")
    );
    assert_eq!(value("proposals-total"), 313);
    assert_eq!(value("proposals-collected"), 313);
    assert_eq!(value("proposals-accepted"), 280);
    assert_eq!(value("proposals-registered"), 280);
}

#[test]
fn units_are_as_written() {
    let model = Model::under_test();
    let mut units: Vec<String> = model.figures().iter().map(|f| f.figure.unit.to_string()).collect();
    units.sort();
    units.dedup();
    assert_eq!(
        units,
        ["%", "个", "人次", "件", "场", "场次", "家", "批次", "条", "次", "篇", "篇次"]
    );
}

#[test]
fn key_figures_name_existing_figures() {
    let model = Model::under_test();
    let report = model.report();
    assert!((6..=10).contains(&report.meta.key_figures.len()));
    for id in report.meta.key_figures.iter() {
        assert!(model.figure(id).is_some(), "{id}");
    }
}

#[test]
fn footer_sources_are_the_reports_own_names() {
    let model = Model::under_test();
    let report = model.report();
    for name in report.meta.sources.iter() {
        assert!(
            SOURCE.contains(name.as_ref()),
            "{name} is not how the report names itself"
        );
    }
}

/// This year's 长图 at 标准, as designed for its content: the figure cards two or three a row and
/// the whole within 9,400 px tall at 2× (a design target measured on this report; another report's
/// poster is checked by tests/share.rs for what holds for any report).
#[test]
fn this_years_long_image_keeps_its_design_targets() {
    use yitu::charts::{long_image, ImageStyle, Palette, IMAGE_SCALE};
    let style = ImageStyle {
        palette: Palette::default(),
        scale: 1.0,
    };
    let parts = long_image(
        &Model::under_test(),
        &style,
        Some("https://example.invalid/reports/2023/"),
    )
    .unwrap();
    let rows: Vec<usize> = parts.iter().flat_map(|p| support::cards_per_row(&p.svg)).collect();
    assert!(rows.len() >= 8, "the cards are found: {rows:?}");
    assert!(
        rows.iter().sum::<usize>() >= 2 * rows.len(),
        "two or three cards a row: {rows:?}"
    );
    let height: u32 = parts.iter().map(|p| p.height).sum();
    assert!(
        height * IMAGE_SCALE <= 9_400,
        "at 标准 at most 9,400 px tall, found {}",
        height * IMAGE_SCALE
    );
}
