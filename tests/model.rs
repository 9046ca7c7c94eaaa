//! Model functions and validation: text segments, fragments, numbering, the UI reducer, and
//! the problems a broken data file must report.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;
use yew::Reducible;
use yitu::data::{self, Figure, Item, Report};
use yitu::model::{
    balanced_columns, phrases, resolve_fragment, segments, split_numbering, Model, Numbering, Part, Segment, TileBody,
};
use yitu::state::{ReportAction, ReportUi};

/// A valid report file to break on purpose: the synthetic fixture (not this year's data, which
/// changes every year).
const DATA: &str = include_str!("fixtures/synthetic-report.toml");

fn report() -> Report {
    data::report_under_test()
}

fn figure(id: &str, value: u32, unit: &str, label: &str, approximate: bool) -> Figure {
    Figure {
        id: id.into(),
        value: yitu::data::FigureValue::whole(u64::from(value)),
        unit: unit.into(),
        label: label.into(),
        approximate,
        qualifier: None,
    }
}

#[test]
fn segments_cut_out_each_figure_and_rejoin_to_the_text() {
    let model = Model::under_test();
    let report = model.report();
    for area in report.review.areas.iter() {
        for item in area.groups.iter().flat_map(|g| g.items.iter()) {
            let parts = segments(item);
            let rejoined: String = parts
                .iter()
                .map(|s| match s {
                    Segment::Text(t) => t.to_string(),
                    Segment::Figure(f) => f.phrase(),
                })
                .collect();
            assert_eq!(rejoined, item.text.as_ref());
            let figures = parts.iter().filter(|s| matches!(s, Segment::Figure(_))).count();
            assert_eq!(figures, item.figures.len(), "{}", item.text);
        }
    }
}

#[test]
fn a_figure_is_not_found_inside_a_longer_number() {
    let item = Item {
        text: "共15个，其中5个".into(),
        figures: Rc::from(vec![figure("a", 5, "个", "其中", false)]),
    };
    let parts = segments(&item);
    assert_eq!(parts[0], Segment::Text("共15个，其中"));
    assert!(matches!(parts[1], Segment::Figure(_)));
}

#[test]
fn segments_follow_the_text_whatever_order_the_figures_are_listed_in() {
    let item = Item {
        text: "召开会议12次，形成报告20篇，提出建议5条".into(),
        figures: Rc::from(vec![
            figure("c", 5, "条", "提出建议", false),
            figure("a", 12, "次", "召开会议", false),
            figure("b", 20, "篇", "形成报告", false),
        ]),
    };
    let order: Vec<&str> = segments(&item)
        .iter()
        .filter_map(|s| match s {
            Segment::Figure(f) => Some(f.id.as_ref()),
            Segment::Text(_) => None,
        })
        .collect();
    assert_eq!(order, ["a", "b", "c"]);
}

#[test]
fn approximate_figures_are_written_with_yu() {
    assert_eq!(figure("a", 100, "条", "x", true).phrase(), "100余条");
    assert_eq!(figure("a", 40, "个", "x", true).number_text(), "40余");
}

#[test]
fn fragments_resolve_to_sections_and_figures_and_nothing_else() {
    let model = Model::under_test();
    let target = resolve_fragment(&model, "#area-3").unwrap();
    assert_eq!(target.open_section.as_deref(), Some("area-3"));
    assert_eq!(target.open_section, model.section("area-3").map(|s| s.id.clone()));
    for found in model.figures() {
        let anchor = format!("fig-{}", found.figure.id);
        let target = resolve_fragment(&model, &anchor).unwrap();
        assert_eq!(target.open_section.as_ref(), Some(&found.section));
        assert_eq!(target.anchor, anchor);
    }
    assert_eq!(resolve_fragment(&model, "key-figures").unwrap().open_section, None);
    for junk in [
        "",
        "#",
        "area-9",
        "fig-",
        "fig-nope",
        "<script>",
        "area-3\0",
        &"a".repeat(10_000),
    ] {
        assert_eq!(resolve_fragment(&model, junk), None, "{junk:?}");
    }
}

#[test]
fn numbered_headings_split_at_the_enumeration_comma() {
    assert_eq!(
        split_numbering("一、坚持和加强党的全面领导"),
        ("一、", "坚持和加强党的全面领导")
    );
    assert_eq!(
        split_numbering("没有编号，也有、顿号在很后面的标题文字"),
        ("", "没有编号，也有、顿号在很后面的标题文字")
    );
}

#[test]
fn the_reducer_opens_closes_and_keeps_identity_when_nothing_changes() {
    let model = Model::under_test();
    let ids: Vec<_> = model.sections().iter().map(|s| s.id.clone()).collect();
    let (first, second, last) = (&ids[0], &ids[1], &ids[ids.len() - 1]);
    let ui = Rc::new(ReportUi::with_open(Some(first.clone())));
    assert!(ui.is_open(first));
    let same = ui.clone().reduce(ReportAction::SetOpen(first.clone(), true));
    assert!(Rc::ptr_eq(&ui, &same));
    let ui = ui.reduce(ReportAction::OpenAll(vec![second.clone(), last.clone()]));
    assert!(ui.is_open(second) && ui.is_open(last) && ui.is_open(first));
    let ui = ui.reduce(ReportAction::SetOpen(second.clone(), false));
    assert!(!ui.is_open(second));
    let ui = ui.reduce(ReportAction::CloseAll);
    assert!(!ui.is_open(first) && !ui.is_open(last));
}

/// The data file with one substitution, which must be present.
fn mutated(from: &str, to: &str) -> String {
    assert!(DATA.contains(from), "{from}");
    DATA.replacen(from, to, 1)
}

fn problems_of(text: &str) -> Vec<String> {
    data::validate(&data::parse_toml(text).unwrap())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn validation_rejects_a_figure_whose_unit_is_not_as_written() {
    let text = mutated("value = 7, unit = \"次\"", "value = 7, unit = \"场次\"");
    let problems = problems_of(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("review.areas[0].groups[0].items[0].figures[0]"),
        "{problems:?}"
    );
    assert!(problems[0].contains("7场次"));
}

#[test]
fn validation_rejects_duplicate_ids_invented_labels_empty_text_and_unknown_key_figures() {
    let text = mutated("id = \"fixture-ideas\"", "id = \"fixture-meetings\"");
    assert!(problems_of(&text).iter().any(|p| p.contains("重复")));
    let text = mutated("label = \"收到虚构建议\"", "label = \"虚构建议大幅增长\"");
    assert!(problems_of(&text).iter().any(|p| p.ends_with("须取自事项原文")));
    let text = mutated("heading = \"测试来年任务\"", "heading = \"  \"");
    assert_eq!(problems_of(&text), ["tasks.heading: 文字不能为空"]);
    let text = mutated("\"fixture-ideas\"]", "\"no-such-figure\"]");
    assert_eq!(
        problems_of(&text),
        ["meta.key_figures[1]: 没有 id 为 “no-such-figure” 的数字"]
    );
    let text = mutated("id = \"area-2\"", "id = \"area-1\"");
    assert_eq!(problems_of(&text), ["review.areas[1].id: id “area-1” 重复"]);
}

#[test]
fn validation_rejects_ids_the_embed_loader_would_not_take() {
    let long = format!("area-{}", "x".repeat(60));
    for bad in [long.as_str(), "area--1", "Area-1", "-area"] {
        let text = mutated("id = \"area-2\"", &format!("id = {bad:?}"));
        let problems = problems_of(&text);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("review.areas[1].id") && p.contains("最多64个字符")),
            "{bad}: {problems:?}"
        );
    }
    let ok = format!("area-{}", "x".repeat(59));
    assert_eq!(ok.len(), 64);
    assert_eq!(
        problems_of(&mutated("id = \"area-2\"", &format!("id = {ok:?}"))),
        Vec::<String>::new()
    );
}

#[test]
fn validation_takes_only_frame_ancestors_a_header_cannot_be_broken_by() {
    let with = |list: &str| {
        problems_of(&mutated(
            "[site]\n",
            &format!("[site]\nembed_frame_ancestors = {list}\n"),
        ))
    };
    assert_eq!(
        with(r#"["'self'", "https://news.example.cn", "https://*.gov.cn", "http://127.0.0.1:8080"]"#),
        Vec::<String>::new()
    );
    for bad in [
        "https://a.cn; script-src *",
        "https://a.cn\\nX-Evil: 1",
        "*",
        "news.example.cn",
        "https://a.cn/path",
        "'unsafe-inline'",
        "https://a.cn:",
        "javascript:alert(1)",
    ] {
        let problems = with(&format!("[{bad:?}]"));
        assert!(
            problems.iter().any(|p| p.starts_with("site.embed_frame_ancestors[0]")),
            "{bad}: {problems:?}"
        );
    }
}

#[test]
fn validation_rejects_an_unknown_icon_listing_the_known_ones() {
    let text = mutated("icon = \"star\"", "icon = \"party-flag\"");
    let problems = problems_of(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("review.areas[0].icon: 没有名为 “party-flag” 的图标"),
        "{problems:?}"
    );
    for known in data::icons::NAMES {
        assert!(problems[0].contains(known), "{known} is listed");
    }
}

#[test]
fn validation_rejects_highlights_from_another_section_repeated_or_more_than_three() {
    // 46.8亿元 is stated in area 3, not in area 1.
    let text = mutated(
        "highlights = [\"fixture-ideas\"]",
        "highlights = [\"fixture-ideas\", \"fixture-investment\"]",
    );
    assert_eq!(
        problems_of(&text),
        ["review.areas[0].highlights[1]: 本部分没有陈述 id 为 “fixture-investment” 的数字"]
    );
    let text = mutated(
        "highlights = [\"fixture-investment\", \"fixture-visits\"]",
        "highlights = [\"fixture-investment\", \"fixture-funds\", \"fixture-visits\", \"fixture-area\"]",
    );
    assert_eq!(
        problems_of(&text),
        ["review.areas[2].highlights: 最多选 3 个数字，这里有 4 个"]
    );
    let text = mutated(
        "highlights = [\"fixture-ideas\"]",
        "highlights = [\"fixture-ideas\", \"fixture-ideas\"]",
    );
    assert_eq!(
        problems_of(&text),
        ["review.areas[0].highlights[1]: 数字 “fixture-ideas” 重复"]
    );
    let text = mutated(
        "icon = \"calendar-event\"\n",
        "icon = \"calendar-event\"\nhighlights = [\"fixture-meetings\"]\n",
    );
    assert_eq!(
        problems_of(&text),
        ["tasks.highlights[0]: 本部分没有陈述 id 为 “fixture-meetings” 的数字"]
    );
}

#[test]
fn the_overview_has_a_tile_per_section_with_its_heading_verbatim_and_the_chosen_figures_or_its_sub_headings() {
    for report in [
        report(),
        data::parse_toml(include_str!("fixtures/synthetic-report.toml")).unwrap(),
    ] {
        let model = Model::new(Rc::new(report));
        let report = model.report();
        let tiles = model.tiles();
        let ids: Vec<_> = model.sections().iter().map(|s| s.id.clone()).collect();
        assert_eq!(tiles.iter().map(|t| t.section_id.clone()).collect::<Vec<_>>(), ids);
        for (tile, section) in tiles.iter().zip(model.sections()) {
            assert_eq!(tile.heading, section.heading, "the section's own heading");
        }
        let parts: Vec<Part> = tiles.iter().map(|t| t.part).collect();
        let mut expected = vec![Part::Area; report.review.areas.len()];
        expected.extend([Part::Tasks, Part::Proposals]);
        assert_eq!(parts, expected);
        for (tile, area) in tiles.iter().zip(report.review.areas.iter()) {
            let numbered = Numbering::split(&area.heading).0.is_some();
            assert_eq!(
                tile.numbering.is_some(),
                numbered,
                "{}: a badge where it is numbered",
                area.heading
            );
            match &tile.body {
                TileBody::Figures(figures) => {
                    let ids: Vec<&str> = figures.iter().map(|f| &*f.id).collect();
                    assert_eq!(ids, area.highlights.iter().map(|h| &**h).collect::<Vec<_>>());
                    assert!((1..=data::MOST_HIGHLIGHTS).contains(&figures.len()));
                }
                TileBody::Headings(headings) => {
                    assert!(area.highlights.is_empty(), "{}: chose no figure", area.heading);
                    let own: Vec<Rc<str>> = area.groups.iter().map(|g| g.heading.clone()).collect();
                    assert_eq!(headings, &own);
                }
            }
        }
        let tasks = &tiles[report.review.areas.len()];
        assert_eq!(tasks.part, Part::Tasks);
        if report.tasks.highlights.is_empty() {
            let own: Vec<Rc<str>> = report.tasks.items.iter().map(|i| i.text.clone()).collect();
            assert_eq!(
                tasks.body,
                TileBody::Headings(own),
                "the tasks, where no figure is chosen"
            );
        }
    }
    // An area that states no figure (this year's 五) shows its sub-headings, never a number.
    let model = Model::under_test();
    let report = model.report();
    let without: Vec<_> = report
        .review
        .areas
        .iter()
        .filter(|a| a.groups.iter().all(|g| g.items.iter().all(|i| i.figures.is_empty())))
        .collect();
    assert!(!without.is_empty());
    for area in without {
        let tile = model.tile(&area.id).unwrap();
        assert!(matches!(tile.body, TileBody::Headings(_)), "{}", area.heading);
    }
}

#[test]
fn a_badge_only_for_a_numeral_and_its_mark() {
    let split = |heading: &str| {
        let (numbering, rest) = Numbering::split(heading);
        (numbering.map(|n| format!("{}|{}", n.numeral, n.mark)), rest.to_owned())
    };
    assert_eq!(
        split("一、坚持和加强党的全面领导"),
        (Some("一|、".into()), "坚持和加强党的全面领导".into())
    );
    assert_eq!(split("十一、再一个方面"), (Some("十一|、".into()), "再一个方面".into()));
    assert_eq!(split("12、数字编号"), (Some("12|、".into()), "数字编号".into()));
    for words in ["党建、统战工作", "2024年主要任务", "、开头", "第一部分、很长的编号"] {
        assert_eq!(split(words), (None, words.into()), "{words}: words, not a number");
    }
}

#[test]
fn headings_break_between_phrases_never_inside_a_word() {
    assert_eq!(
        phrases("坚持和加强党的全面领导，团结奋斗的政治基础不断夯实"),
        ["坚持和加强党的", "全面领导，", "团结奋斗的", "政治基础不断夯实"]
    );
    assert_eq!(
        phrases("区政协常委会关于提案工作情况的报告"),
        ["区政协常委会", "关于提案工作情况的", "报告"]
    );
    assert_eq!(
        phrases("向区委请示汇报重要工作、重大事项"),
        ["向区委请示汇报重要工作、", "重大事项"]
    );
    assert_eq!(phrases("全年征集社情民意信息"), ["全年征集社情民意信息"]);
    assert_eq!(phrases("的"), ["的"]);
    assert_eq!(yitu::model::phrased("甲，<乙>"), "甲，<wbr>&lt;乙&gt;");
}

#[test]
fn columns_are_balanced_fewest_rows_then_even_rows() {
    let rows = |n: usize, most: usize| {
        let c = balanced_columns(n, most);
        (0..n.div_ceil(c)).map(|r| c.min(n - r * c)).collect::<Vec<_>>()
    };
    assert_eq!(rows(5, 5), [5]);
    assert_eq!(rows(6, 5), [3, 3]);
    assert_eq!(rows(7, 5), [4, 3]);
    assert_eq!(rows(4, 5), [4]);
    assert_eq!(rows(8, 4), [4, 4]);
    assert_eq!(rows(6, 4), [3, 3]);
    assert_eq!(rows(5, 4), [3, 2]);
    assert_eq!(rows(2, 2), [2]);
    assert_eq!(balanced_columns(0, 5), 1);
}

#[test]
fn syntax_errors_and_unknown_fields_report_line_and_column() {
    let text = mutated("banner = \"测试样例\"", "banner = \"测试样例");
    let error = data::parse_toml(&text).unwrap_err();
    let line = DATA.lines().position(|l| l.starts_with("banner =")).unwrap() + 1;
    assert_eq!(error.line, Some(line), "{error}");
    assert!(error.column.is_some());
    let text = mutated("results_heading = ", "result_heading = ");
    let error = data::parse_toml(&text).unwrap_err();
    assert!(error.message.contains("result_heading"), "{error}");
    assert!(error.line.is_some() && error.column.is_some(), "{error}");
}

#[test]
fn the_talks_default_length_is_whole_minutes_from_1_to_600() {
    let with = |minutes: &str| problems_of(&mutated("talk_minutes = 25\n", &format!("talk_minutes = {minutes}\n")));
    assert_eq!(with("25"), Vec::<String>::new());
    assert_eq!(with("600"), Vec::<String>::new());
    for bad in ["0", "601"] {
        let problems = with(bad);
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
        assert!(problems[0].starts_with("site.talk_minutes"), "{problems:?}");
    }
}

#[test]
fn the_public_url_must_be_absolute_and_end_with_a_slash() {
    let with = |url: &str| {
        mutated(
            "public_url = \"https://fixture.invalid/reports/test/\"\n",
            &format!("public_url = {url:?}\n"),
        )
    };
    assert_eq!(
        problems_of(&with("https://example.org/reports/2023/")),
        Vec::<String>::new()
    );
    for bad in [
        "/reports/2023/",
        "https://example.org/reports/2023",
        "javascript:alert(1)//",
        "https://a.org/\"><b>/",
    ] {
        let problems = problems_of(&with(bad));
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
        assert!(problems[0].starts_with("site.public_url"), "{problems:?}");
    }
}

#[test]
fn the_publisher_and_the_date_of_publication_are_checked_and_named_under_the_title() {
    let with = |date: &str| mutated("published = \"2024年1月\"\n", &format!("published = {date:?}\n"));
    for good in ["2024年1月", "2024年12月31日", "2024年2月29日", "2031年10月1日"] {
        assert_eq!(problems_of(&with(good)), Vec::<String>::new(), "{good}");
    }
    for bad in [
        "2024-01",
        "2024年01月",
        "2024年13月",
        "2024年4月31日",
        "2024年1月0日",
        "24年1月",
        "1999年1月",
        "2024年1月1",
        "2024年",
        "",
    ] {
        let problems = problems_of(&with(bad));
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
        assert!(
            problems[0].starts_with("site.published") && problems[0].contains("2024年1月15日"),
            "{problems:?}"
        );
    }
    let blank = problems_of(&mutated("publisher = \"测试发布单位（虚构）\"", "publisher = \" \""));
    assert!(blank.len() == 1 && blank[0].starts_with("site.publisher"), "{blank:?}");
    let report = data::parse_toml(DATA).unwrap();
    assert_eq!(
        report.site.issued().as_deref(),
        Some("测试发布单位（虚构） · 2024年1月")
    );
    let only_date = data::parse_toml(&mutated("publisher = \"测试发布单位（虚构）\"\n", "")).unwrap();
    assert_eq!(only_date.site.issued().as_deref(), Some("2024年1月"));
    let neither = data::parse_toml(&mutated(
        "publisher = \"测试发布单位（虚构）\"\npublished = \"2024年1月\"\n",
        "",
    ))
    .unwrap();
    assert_eq!(neither.site.issued(), None, "never guessed");
}

#[test]
fn a_chart_that_mixes_units_names_a_missing_figure_or_invents_a_title_is_rejected() {
    let mixed = mutated(
        "figures = [\"fixture-investment\", \"fixture-funds\"]",
        "figures = [\"fixture-investment\", \"fixture-visits\"]",
    );
    let problems = problems_of(&mixed);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("charts[0].figures") && problems[0].contains("万人次、亿元"),
        "{problems:?}"
    );
    let missing = mutated(
        "figures = [\"fixture-investment\", \"fixture-funds\"]",
        "figures = [\"fixture-investment\", \"fixture-funds\"]\nnotes = [\"no-such-figure\"]",
    );
    assert_eq!(
        problems_of(&missing),
        ["charts[0].notes[0]: 没有 id 为 “no-such-figure” 的数字"]
    );
    let invented = mutated("title = \"虚构投资\"", "title = \"虚构投资大幅增长\"");
    assert_eq!(
        problems_of(&invented),
        ["charts[0].title: 标题 “虚构投资大幅增长” 须取自所引数字所在事项的原文"]
    );
    let cards = mutated(
        "id = \"fixture-care\"\nkind = \"cards\"",
        "id = \"fixture-care\"\nkind = \"bars\"",
    );
    assert!(
        problems_of(&cards)[0].starts_with("charts[1].figures"),
        "different units are never one axis"
    );
    let clash = mutated("id = \"fixture-money\"", "id = \"area-3\"");
    assert_eq!(
        problems_of(&clash),
        ["charts[0].id: id “area-3” 已被某一部分或关键数字使用（嵌入页地址会重复）"]
    );
}

#[test]
fn stored_preferences_read_back_as_the_early_script_reads_them() {
    use yitu::model::{FontTier, Preferences, Switch};
    let all = Switch::ALL
        .into_iter()
        .fold(Preferences::default().with_font(FontTier::ExtraLarge), |p, s| {
            p.with(s, true)
        });
    assert_eq!(
        all.to_storage(),
        "font=x-large&contrast=high&cursor=large&simple=on&captions=on&crosshair=on"
    );
    assert_eq!(Preferences::from_storage(&all.to_storage()), all);
    assert_eq!(Preferences::from_storage(""), Preferences::default());
    assert_eq!(
        Preferences::from_storage("font=huge&contrast=high&simple=yes&x=1&&="),
        Preferences::default().with(Switch::HighContrast, true)
    );
}

#[test]
fn the_early_script_accepts_exactly_the_preferences_the_app_writes() {
    // index.html's first script applies stored preferences before the first paint, from its own
    // list (`var allowed = {…}`): it must be this list, or a choice would not survive a reload.
    let page = include_str!("../index.html");
    let start = page
        .find("var allowed = ")
        .map(|at| at + "var allowed = ".len())
        .unwrap_or_default();
    let end = page[start..].find(";").map(|n| start + n).unwrap_or(start);
    let written: String = yitu::model::Preferences::accepted()
        .iter()
        .map(|(name, values)| {
            let values: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
            format!("{name}: [{}]", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ");
    assert_eq!(&page[start..end], format!("{{ {written} }}"));
}

#[test]
fn each_section_owns_its_items_numbering_and_anchors_in_any_report() {
    use yitu::model::{item_anchor, SectionContent};
    let fixture = data::parse_toml(include_str!("fixtures/synthetic-report.toml")).unwrap();
    for report in [report(), fixture] {
        let model = Model::new(Rc::new(report));
        let report = model.report();
        let all = model.sections();
        assert_eq!(
            all.len(),
            report.review.areas.len() + 2,
            "each area, the tasks, the proposals"
        );
        for s in all {
            assert_eq!(model.section(&s.id), Some(s));
            let items = s.items();
            for n in 1..=items.len() {
                let target = resolve_fragment(&model, &item_anchor(&s.id, n)).unwrap();
                assert_eq!(target.open_section.as_ref(), Some(&s.id), "{}", item_anchor(&s.id, n));
            }
            assert!(resolve_fragment(&model, &item_anchor(&s.id, items.len() + 1)).is_none());
            // Its lines number its items as `items` does: one numbering for the page and search.
            let numbered: Vec<(usize, &str)> = s
                .lines()
                .iter()
                .filter_map(|line| line.item.map(|n| (n, line.text)))
                .collect();
            let expected: Vec<(usize, &str)> = items.iter().enumerate().map(|(i, item)| (i + 1, &*item.text)).collect();
            assert_eq!(numbered, expected, "{}", s.id);
            if let SectionContent::Proposals(p) = &s.content {
                assert_eq!(s.outlook_first_number(), items.len() - p.outlook.items.len() + 1);
                assert_eq!(s.stating_items()[0], &p.summary, "the summary states figures first");
            }
        }
        let stated: usize = all
            .iter()
            .map(|s| s.stating_items().iter().map(|i| i.figures.len()).sum::<usize>())
            .sum();
        assert_eq!(stated, model.figures().len(), "every figure in exactly one section");
    }
    assert!(Model::under_test().section("area-99").is_none());
}

#[test]
fn a_figures_number_carries_its_width_and_its_size_is_read_from_its_digits() {
    use yitu::data::FigureValue;
    let value = |text: &str| FigureValue::parse(text).unwrap().magnitude();
    assert_eq!(value("313"), 313.0);
    assert!((value("46.8") - 46.8).abs() < 1e-9);
    assert!((value("12.25") - 12.25).abs() < 1e-9);
    assert!((value("0.05") - 0.05).abs() < 1e-12);
    let markup = yitu::model::figure_value_markup(&figure("a", 5600, "人次", "接待", true));
    assert!(
        markup.contains("style=\"--number-em:3.4\""),
        "5600余: four digits and 余: {markup}"
    );
}
