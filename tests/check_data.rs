//! `check-data` lists every schema problem in one run: unknown and missing fields anywhere in the
//! file, each at its own line and column of the original text; a syntax error stops at the first.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use yitu::data::parse_toml_all;

fn report_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/report.toml")).unwrap()
}

/// (line, column, message start) of every problem.
fn problems(text: &str) -> Vec<(usize, usize, String)> {
    let (report, errors) = parse_toml_all(text);
    assert!(report.is_none() || errors.is_empty());
    errors
        .into_iter()
        .map(|e| (e.line.unwrap(), e.column.unwrap(), e.message.chars().take(24).collect()))
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn the_real_report_has_no_schema_problem() {
    let (report, errors) = parse_toml_all(&report_text());
    assert!(report.is_some() && errors.is_empty(), "{errors:?}");
}

#[test]
fn every_unknown_and_missing_field_is_listed_at_its_original_position() {
    let text = report_text()
        .replacen(
            "banner = \"两会特别报道\"",
            "banner = \"两会特别报道\"\ncolour = \"red\"",
            1,
        )
        .replacen(
            "id = \"area-1\"\nheading = ",
            "id = \"area-1\"\nsubtitle = [\n  \"x\",\n]\nheading = ",
            1,
        )
        .replacen(
            "{ id = \"study-sessions\", value = 32, unit = \"次\", label = \"组织开展各类集中学习\" }",
            "{ id = \"study-sessions\", value = 32, label = \"组织开展各类集中学习\", extra = 1 }",
            1,
        )
        .replacen(
            "id = \"tasks-2024\"\nheading = \"2024年主要任务\"",
            "id = \"tasks-2024\"",
            1,
        );
    let found = problems(&text);
    let study = line_of(&text, "{ id = \"study-sessions\"");
    assert_eq!(
        found,
        vec![
            (line_of(&text, "colour"), 1, "unknown field `colour`, ".into()),
            (line_of(&text, "subtitle"), 1, "unknown field `subtitle`".into()),
            (study, 62, "unknown field `extra`, e".into()),
            (study, 3, "missing field `unit`".into()),
            (line_of(&text, "[tasks]"), 1, "missing field `heading`".into()),
        ]
    );
}

#[test]
fn a_syntax_error_stops_at_the_first() {
    let text = report_text().replacen("banner = \"两会特别报道\"", "banner = \"两会特别报道", 1);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&text, "banner = "));
}
