//! `check-data` lists every schema problem in one run: unknown and missing fields anywhere in the
//! file, each at its own line and column of the original text; a syntax error stops at the first.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use yitu::data::parse_toml_all;

/// A valid report file to break on purpose: the synthetic fixture (this year's data changes every
/// year).
fn report_text() -> String {
    include_str!("fixtures/synthetic-report.toml").to_owned()
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
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/report.toml")).unwrap();
    let (report, errors) = parse_toml_all(&data);
    assert!(report.is_some() && errors.is_empty(), "{errors:?}");
}

#[test]
fn every_unknown_and_missing_field_is_listed_at_its_original_position() {
    let text = report_text()
        .replacen("banner = \"测试样例\"", "banner = \"测试样例\"\ncolour = \"red\"", 1)
        .replacen(
            "id = \"area-1\"\nheading = ",
            "id = \"area-1\"\nsubtitle = [\n  \"x\",\n]\nheading = ",
            1,
        )
        .replacen(
            "{ id = \"fixture-meetings\", value = 7, unit = \"次\", label = \"召开虚构会议\" }",
            "{ id = \"fixture-meetings\", value = 7, label = \"召开虚构会议\", extra = 1 }",
            1,
        )
        .replacen(
            "id = \"tasks-2024\"\nheading = \"测试来年任务\"",
            "id = \"tasks-2024\"",
            1,
        );
    let found = problems(&text);
    let study = line_of(&text, "{ id = \"fixture-meetings\"");
    let line = text.lines().nth(study - 1).unwrap();
    let extra = line[..line.find("extra").unwrap()].chars().count() + 1;
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
            (study, extra, "未知字段 `extra`（这里可以写的字段：`i".into()),
            (study, 3, "缺少字段 `unit`".into()),
            (line_of(&text, "[tasks]"), 1, "缺少字段 `heading`".into()),
        ]
    );
}

#[test]
fn a_syntax_error_stops_at_the_first() {
    let text = report_text().replacen("banner = \"测试样例\"", "banner = \"测试样例", 1);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, line_of(&text, "banner = "));
}

/// The report file with the meetings item's 7 written as `written` in its text and as
/// `value_toml` in its figure.
fn with_meetings_value(written: &str, value_toml: &str) -> String {
    report_text()
        .replacen("召开虚构会议7次", &format!("召开虚构会议{written}次"), 1)
        .replacen(
            "id = \"fixture-meetings\", value = 7,",
            &format!("id = \"fixture-meetings\", value = {value_toml},"),
            1,
        )
}

#[test]
fn a_decimal_figure_is_kept_exactly_as_written() {
    for written in ["45.9", "45.90", "0.5", "1.25"] {
        let (report, errors) = parse_toml_all(&with_meetings_value(written, &format!("\"{written}\"")));
        assert!(errors.is_empty(), "{written}: {errors:?}");
        let report = report.unwrap();
        assert_eq!(yitu::data::validate(&report), Vec::new(), "{written}");
        let model = yitu::model::Model::new(std::rc::Rc::new(report));
        let found = model.figure("fixture-meetings").unwrap();
        assert_eq!(found.figure.phrase(), format!("{written}次"), "never through a float");
    }
}

#[test]
fn a_figure_value_that_is_not_as_written_is_named_at_its_line() {
    let line = line_of(&report_text(), "id = \"fixture-meetings\"");
    for (value_toml, message) in [
        ("45.9", "小数请加引号照录原文"),
        ("\"045\"", "“045” 不能以 0 开头"),
        ("\"4.5.9\"", "“4.5.9” 不是照录的数字"),
        ("\"1e3\"", "“1e3” 不是照录的数字"),
        ("\"1234567890123456\"", "“1234567890123456” 超过"),
    ] {
        let found = problems(&with_meetings_value("7", value_toml));
        assert_eq!(found.len(), 1, "{value_toml}: {found:?}");
        assert_eq!(found[0].0, line, "{value_toml}");
        let (report, errors) = parse_toml_all(&with_meetings_value("7", value_toml));
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
    // "9次" is not in "45.9次": the figure must match the number as written.
    let text = with_meetings_value("45.9", "9");
    let (report, errors) = parse_toml_all(&text);
    assert!(errors.is_empty(), "{errors:?}");
    let problems = yitu::data::validate(&report.unwrap());
    assert!(
        problems.iter().any(|p| p.to_string().contains("事项原文中没有 “9次”")),
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

/// A section that takes an id of the page's own, or one the fragments' grammar gives to something
/// else, and a chart whose id another chart's part would have: each refused at its line, in Chinese.
#[test]
fn ids_the_page_already_uses_are_refused_at_their_lines() {
    let text = report_text()
        .replacen("id = \"area-2\"", "id = \"main\"", 1)
        .replacen("id = \"area-3\"", "id = \"slide\"", 1)
        .replacen("id = \"fixture-care\"", "id = \"fixture-money-title\"", 1);
    let (_, found) = yitu::data::check_text("report.toml", &text);
    let at = |needle: &str| format!("report.toml:{}:", line_of(&text, needle));
    for (needle, words) in [
        ("id = \"main\"", "已被页面自身使用"),
        ("id = \"slide\"", "已被页面自身使用"),
        ("id = \"fixture-money-title\"", "图表各部分的地址会重复"),
    ] {
        assert!(
            found.iter().any(|p| p.starts_with(&at(needle)) && p.contains(words)),
            "{needle}: {found:?}"
        );
    }
    assert_eq!(found.len(), 3, "{found:?}");
}
