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
            (
                line_of(&text, "colour"),
                1,
                "未知字段 `colour`（这里可以写的字段：`".into()
            ),
            (
                line_of(&text, "subtitle"),
                1,
                "未知字段 `subtitle`（这里可以写的字段".into()
            ),
            (study, 62, "未知字段 `extra`（这里可以写的字段：`i".into()),
            (study, 3, "缺少字段 `unit`".into()),
            (line_of(&text, "[tasks]"), 1, "缺少字段 `heading`".into()),
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

/// The report file with the publicity item's 459 written as `written` in its text and as
/// `value_toml` in its figure.
fn with_publicity_value(written: &str, value_toml: &str) -> String {
    report_text()
        .replacen("组织宣传报道459篇次", &format!("组织宣传报道{written}篇次"), 1)
        .replacen(
            "id = \"publicity-reports\", value = 459,",
            &format!("id = \"publicity-reports\", value = {value_toml},"),
            1,
        )
}

#[test]
fn a_decimal_figure_is_kept_exactly_as_written() {
    for written in ["45.9", "45.90", "0.5", "1.25"] {
        let (report, errors) = parse_toml_all(&with_publicity_value(written, &format!("\"{written}\"")));
        assert!(errors.is_empty(), "{written}: {errors:?}");
        let report = report.unwrap();
        assert_eq!(yitu::data::validate(&report), Vec::new(), "{written}");
        let found = yitu::model::locate_figure(&report, "publicity-reports").unwrap();
        assert_eq!(found.figure.phrase(), format!("{written}篇次"), "never through a float");
    }
}

#[test]
fn a_figure_value_that_is_not_as_written_is_named_at_its_line() {
    let line = line_of(&report_text(), "id = \"publicity-reports\"");
    for (value_toml, message) in [
        ("45.9", "小数请加引号照录原文"),
        ("\"045\"", "“045” 不能以 0 开头"),
        ("\"4.5.9\"", "“4.5.9” 不是照录的数字"),
        ("\"1e3\"", "“1e3” 不是照录的数字"),
        ("\"1234567890123456\"", "“1234567890123456” 超过"),
    ] {
        let found = problems(&with_publicity_value("459", value_toml));
        assert_eq!(found.len(), 1, "{value_toml}: {found:?}");
        assert_eq!(found[0].0, line, "{value_toml}");
        let (report, errors) = parse_toml_all(&with_publicity_value("459", value_toml));
        assert!(report.is_none());
        assert!(
            errors[0].message.contains(message),
            "{value_toml}: {}",
            errors[0].message
        );
    }
}

#[test]
fn a_whole_figure_inside_a_decimal_is_not_found_in_the_text() {
    // "9篇次" is not in "45.9篇次": the figure must match the number as written.
    let text = with_publicity_value("45.9", "9");
    let (report, errors) = parse_toml_all(&text);
    assert!(errors.is_empty(), "{errors:?}");
    let problems = yitu::data::validate(&report.unwrap());
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("事项原文中没有 “9篇次”")),
        "{problems:?}"
    );
}

#[test]
fn check_data_speaks_chinese() {
    use yitu::data::in_chinese;
    assert_eq!(
        in_chinese("unknown field `colour`, expected one of `banner`, `title`"),
        "未知字段 `colour`（这里可以写的字段：`banner`、`title`）"
    );
    assert_eq!(
        in_chinese("unknown field `x`, expected `y`"),
        "未知字段 `x`（这里可以写的字段：`y`）"
    );
    assert_eq!(in_chinese("missing field `unit`"), "缺少字段 `unit`");
    assert_eq!(
        in_chinese("invalid type: string \"a\", expected a sequence"),
        "类型不对：写的是文字 \"a\"，这里应是数组 [ … ]"
    );
    assert_eq!(
        in_chinese("invalid basic string"),
        "TOML 写法有误：invalid basic string"
    );
    assert_eq!(in_chinese("标题 “x” 须取自原文"), "标题 “x” 须取自原文");
    let (_, errors) = parse_toml_all("text = \"a\n");
    assert!(
        errors[0].message.starts_with("TOML 写法有误："),
        "{:?}",
        errors[0].message
    );
}
