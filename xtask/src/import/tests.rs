//! The importer against this year's text (it must give back `assets/report.toml`'s lines and
//! figures), against made-up text with decimals and names, and against damaged text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use yitu::data::schema::{Item, Report};
use yitu::import::{import, quantities, to_toml, ImportError, Mark};
use yitu::model::Model;

/// The model of a report (a copy of it).
fn model(report: &Report) -> Model {
    Model::new(std::rc::Rc::new(report.clone()))
}

/// Every line of a report, in source order.
pub(super) fn source_lines(report: &Report) -> Vec<String> {
    model(report).source_lines().iter().map(|l| l.to_string()).collect()
}

pub(super) const SOURCE_2023: &str = include_str!("../../../assets/source/report-2023.txt");

/// A figure as the comparison sees it: value as written, unit, 余.
type Written = (String, String, bool);

/// Each item's text with its figures, in page order.
fn figures_by_item(report: &Report) -> Vec<(String, Vec<Written>)> {
    let model = model(report);
    let items: Vec<&Item> = model.sections().iter().flat_map(|s| s.items()).collect();
    items
        .iter()
        .map(|item| {
            let figures = item
                .figures
                .iter()
                .map(|f| (f.value.to_string(), f.unit.to_string(), f.approximate))
                .collect();
            (item.text.to_string(), figures)
        })
        .collect()
}

#[test]
fn importing_the_2023_text_gives_back_the_data_files_lines_and_figures() {
    let imported = import(SOURCE_2023).unwrap();
    let expected = yitu::data::report_under_test();
    assert_eq!(
        source_lines(&imported.report),
        source_lines(&expected),
        "every line, in order, in its place"
    );
    assert_eq!(
        figures_by_item(&imported.report),
        figures_by_item(&expected),
        "every figure: value, unit, 余"
    );
}

#[test]
fn the_imported_file_passes_check_data_as_imported() {
    let imported = import(SOURCE_2023).unwrap();
    let toml = to_toml(&imported, "assets/source/report-2023.txt");
    let (report, problems) = yitu::data::check_text("imported.toml", &toml);
    assert_eq!(problems, Vec::<String>::new());
    let report = report.unwrap();
    assert_eq!(
        source_lines(&report),
        source_lines(&imported.report),
        "the file says what was imported"
    );
    assert!(!report.charts.is_empty() && !report.meta.key_figures.is_empty());
    // What the importer could not decide on its own is marked beside it; and what the text does
    // not say (who publishes it, and when) is asked for in [site].
    assert_eq!(
        toml.lines().filter(|l| l.starts_with("# 待核对:")).count(),
        imported.marks.len()
    );
    let site = &toml[toml.find("[site]").unwrap()..toml.find("[meta]").unwrap()];
    assert!(
        site.contains("# 请填写（待核对）：发布单位和发布日期不在报告原文中")
            && site.contains("# publisher = \"")
            && site.contains("# published = \""),
        "{site}"
    );
    assert_eq!(
        (report.site.publisher.clone(), report.site.published.clone()),
        (None, None),
        "never guessed"
    );
    let line = SOURCE_2023
        .lines()
        .position(|l| l.contains("持续巩固提案立案"))
        .unwrap()
        + 1;
    assert!(
        toml.contains(&format!("# 待核对: 原文第 {line} 行写作小标题")),
        "the sentence written as a sub-heading"
    );
}

#[test]
fn the_proposals_summary_gets_its_bar_chart_like_the_hand_made_file() {
    let imported = import(SOURCE_2023).unwrap();
    let imported_model = model(&imported.report);
    let value = |id: &str| {
        imported_model
            .figure(id)
            .map(|r| (r.figure.value.as_str().to_owned(), r.figure.unit.to_string()))
    };
    let hand_made = yitu::data::report_under_test();
    let hand_made_model = model(&hand_made);
    let expected: Vec<_> = hand_made
        .charts
        .iter()
        .find(|c| c.id.as_ref() == "proposals-count")
        .unwrap()
        .figures
        .iter()
        .map(|id| {
            hand_made_model
                .figure(id)
                .map(|r| (r.figure.value.as_str().to_owned(), r.figure.unit.to_string()))
        })
        .collect();
    let proposed = imported
        .report
        .charts
        .iter()
        .find(|c| c.id.starts_with("proposals-chart-"))
        .unwrap();
    let drawn: Vec<_> = proposed.figures.iter().map(|id| value(id)).collect();
    assert_eq!(
        drawn, expected,
        "the summary's four counts in 件, as the hand-made chart draws them"
    );
}

#[test]
fn a_work_report_without_its_report_on_proposals_imports_and_checks() {
    let tasks_only = &SOURCE_2023[..SOURCE_2023.find("区政协常委会关于提案工作情况的报告").unwrap()];
    let imported = import(tasks_only).unwrap();
    assert!(imported.report.proposals.is_none());
    let toml = to_toml(&imported, "report.txt");
    assert!(!toml.contains("[proposals"), "no part three is written");
    let (report, problems) = yitu::data::check_text("imported.toml", &toml);
    assert_eq!(problems, Vec::<String>::new());
    let report = report.unwrap();
    assert_eq!(report.meta.sources.len(), 1, "the title alone is the source");
    assert_eq!(model(&report).sections().len(), report.review.areas.len() + 1);
    assert!(!report.meta.key_figures.is_empty(), "key figures come from the areas");
}

/// The units the test below expects.
const UNITS: [&str; 6] = ["亿元", "万人次", "万平方米", "%", "个百分点", "人次"];

#[test]
fn quantities_are_kept_as_written_and_names_are_not_quantities() {
    let text = "完成投资46.8亿元，服务1.2万人次，建成3.2万平方米，满意率98.6%，提升2.5个百分点，接待5600余人次；\
                2024年，“13710”制度，成立75周年，十六届二次会议，《规划2.0》，第3届。";
    let found: Vec<(String, Option<&str>, bool)> = quantities(text)
        .into_iter()
        .filter_map(|f| {
            f.figure()
                .map(|(value, unit)| (value.to_string(), unit.to_owned(), f.approximate))
        })
        .map(|(value, unit, approximate)| (value, UNITS.iter().copied().find(|u| *u == unit), approximate))
        .collect();
    assert_eq!(
        found,
        [
            ("46.8".into(), Some("亿元"), false),
            ("1.2".into(), Some("万人次"), false),
            ("3.2".into(), Some("万平方米"), false),
            ("98.6".into(), Some("%"), false),
            ("2.5".into(), Some("个百分点"), false),
            ("5600".into(), Some("人次"), true),
        ]
    );
}

#[test]
fn a_decimal_report_imports_and_checks() {
    let text = SOURCE_2023.replacen("开展专题协商153场次", "开展专题协商15.3万场次", 1);
    let imported = import(&text).unwrap();
    let toml = to_toml(&imported, "test");
    assert!(
        toml.contains("value = \"15.3\", unit = \"万场次\"") || toml.contains("value = \"15.3\", unit = \"万\""),
        "{toml}"
    );
    let (_, problems) = yitu::data::check_text("decimal.toml", &toml);
    assert_eq!(problems, Vec::<String>::new());
}

pub(super) fn error_of(text: &str) -> ImportError {
    match import(text) {
        Ok(_) => panic!("damaged text imported"),
        Err(error) => error,
    }
}

/// The 1-based number of the first line of `text` containing `needle`.
pub(super) fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn damaged_text_is_an_error_at_the_line_that_cannot_be_placed() {
    // An item before any sub-heading.
    let stray = SOURCE_2023.replacen(
        "一、坚持和加强党的全面领导，团结奋斗的政治基础不断夯实\n",
        "一、坚持和加强党的全面领导，团结奋斗的政治基础不断夯实\n - 一条没有小标题的事项。\n",
        1,
    );
    let error = error_of(&stray);
    assert_eq!(error.line, line_of(&stray, "一条没有小标题的事项"));
    assert!(error.to_string().contains("之前没有小标题"), "{error}");
    // The tasks without their label.
    let unlabelled = SOURCE_2023.replacen("工作总体要求：\n", "", 1);
    let error = error_of(&unlabelled);
    assert!(error.to_string().contains("缺少总体要求的标签"), "{error}");
    assert_eq!(
        error.line,
        line_of(&unlabelled, "坚持以习近平新时代中国特色社会主义思想为指导，全面学习"),
        "the paragraph it should precede"
    );
    // Something after the last part.
    let trailing = format!("{SOURCE_2023}\n附：一段多出来的文字\n");
    let error = error_of(&trailing);
    assert_eq!(error.line, line_of(&trailing, "附：一段多出来的文字"));
    assert!(error.to_string().contains("无法归入报告结构"), "{error}");
    // Cut off inside the proposals report, after its heading and summary.
    let cut = &SOURCE_2023[..SOURCE_2023.find("工作举措").unwrap()];
    let error = error_of(cut);
    assert!(error.to_string().contains("缺少工作举措的标题"), "{error}");
    // A review without numbered areas.
    let unnumbered = SOURCE_2023.replace("一、坚持和加强", "坚持和加强");
    assert!(error_of(&unnumbered).to_string().contains("这里应是第一个工作方面"));
}

#[test]
fn nothing_is_dropped_silently_a_number_without_a_unit_is_marked() {
    let text = SOURCE_2023.replacen("形成调研报告20篇。", "形成调研报告20。", 1);
    let imported = import(&text).unwrap();
    assert!(imported
        .marks
        .iter()
        .any(|(mark, note)| matches!(mark, Mark::Item(t) if t.contains("形成调研报告20。")) && note.contains("“20”")));
}

#[test]
fn numbers_a_figure_cannot_hold_as_written_are_marked_not_guessed() {
    // Saved with a byte-order mark, as older Windows editors do.
    let text = format!(
        "\u{feff}{}",
        SOURCE_2023.replacen(
            "形成调研报告20篇。",
            "形成调研报告1,200篇，投入300万余元，开展第3批，历时6个月。",
            1
        )
    );
    let imported = import(&text).unwrap();
    assert_eq!(
        &*imported.report.meta.banner, "两会特别报道",
        "no byte-order mark in the banner"
    );
    let item = "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，形成调研报告1,200篇，投入300万余元，开展第3批，历时6个月。";
    let notes: Vec<&String> = imported
        .marks
        .iter()
        .filter(|(mark, _)| matches!(mark, Mark::Item(t) if &**t == item))
        .map(|(_, note)| note)
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("“1,200”数字中有千分位逗号")),
        "{notes:?}"
    );

    let figures: Vec<String> = imported.report.review.areas[0].groups[0].items[2]
        .figures
        .iter()
        .map(|f| f.phrase())
        .collect();
    assert_eq!(
        figures,
        ["300万余元", "6个月"],
        "万余元 is one unit as written; 第3批 is an ordinal; 6个月 keeps its unit whole"
    );
}

#[test]
fn list_lines_indented_with_a_full_width_space_are_items() {
    let text = SOURCE_2023.replacen(" - 完善以政协党组", "\u{3000}- 完善以政协党组", 1);
    let imported = import(&text).unwrap();
    assert_eq!(
        source_lines(&imported.report),
        source_lines(&yitu::data::report_under_test())
    );
}

#[test]
fn the_judgements_written_as_comments_are_read_back_from_the_file() {
    let imported = import(SOURCE_2023).unwrap();
    let written = to_toml(&imported, "report-2023.txt");
    let mut read = yitu::import::marks_in(&written);
    let mut expected = imported.marks.clone();
    read.sort();
    expected.sort();
    assert_eq!(read, expected);
}
