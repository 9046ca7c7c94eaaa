//! The importer against text as offices really have it: the 2023 text saved or pasted from Word
//! and WPS (encodings, line ends, invisible characters, Word's list numbering), quantities as
//! reports write them (measure words, full-width digits, ranges, Chinese numerals, 约/近/超过/逾, a
//! minus sign), and what is missing from a damaged text, said at its line. Every variant that
//! imports writes a file `check-data` accepts, or explains in Chinese.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::tests::{error_of, line_of, source_lines, SOURCE_2023};
use yitu::data::schema::Item;
use yitu::import::{import, to_toml, Imported, Mark};

/// The third item of the first sub-heading, the one each figure case rewrites.
const ITEM: &str = " - 扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，形成调研报告20篇。";

/// The import of `text`, which must also write a file `check-data` accepts as it is.
fn imported(text: &str) -> Imported {
    let imported = import(text).unwrap_or_else(|e| panic!("not imported: {e}"));
    let toml = to_toml(&imported, "variant.txt");
    let (report, problems) = yitu::data::check_text("variant.toml", &toml);
    assert_eq!(problems, Vec::<String>::new(), "the written file checks");
    assert_eq!(
        source_lines(&report.unwrap()),
        source_lines(&imported.report),
        "the written file says what was imported"
    );
    imported
}

/// The 2023 text with the rewritten item's sentence, imported: the item and the notes on it.
fn item_imported(sentence: &str) -> (Item, Vec<String>) {
    let text = SOURCE_2023.replacen(ITEM, &format!(" - {sentence}"), 1);
    assert_ne!(text, SOURCE_2023);
    let imported = imported(&text);
    let item = imported.report.review.areas[0].groups[0].items[2].clone();
    let notes = imported
        .marks
        .iter()
        .filter(|(mark, _)| matches!(mark, Mark::Item(t) if *t == item.text))
        .map(|(_, note)| note.clone())
        .collect();
    (item, notes)
}

/// A figure as a reader sees it with its label: "约3000人次（服务群众）".
fn shown(item: &Item) -> Vec<String> {
    item.figures
        .iter()
        .map(|f| format!("{}{}（{}）", f.number_text(), f.unit, f.label))
        .collect()
}

#[test]
fn a_number_with_any_measure_word_is_a_figure_in_that_unit() {
    for (sentence, expected) in [
        ("编印学习资料6册。", "6册（编印学习资料）"),
        ("编纂文史资料30万字。", "30万字（编纂文史资料）"),
        ("新建滨江步道3.5公里。", "3.5公里（新建滨江步道）"),
        ("推动流转土地1200亩。", "1200亩（推动流转土地）"),
        ("出版委员专著3部。", "3部（出版委员专著）"),
        ("争取资金2亿元。", "2亿元（争取资金）"),
        ("服务群众5万余人。", "5万余人（服务群众）"),
        ("筹集善款300万余元。", "300万余元（筹集善款）"),
        ("调处纠纷12起。", "12起（调处纠纷）"),
    ] {
        let (item, notes) = item_imported(sentence);
        assert_eq!(shown(&item), [expected], "{sentence}");
        assert!(notes.is_empty(), "{sentence}: {notes:?}");
    }
}

#[test]
fn full_width_digits_and_points_are_read_and_written_half_width() {
    for (sentence, text, expected) in [
        ("共征集提案２９６件。", "共征集提案296件。", "296件（征集提案）"),
        ("新建步道１２．５公里。", "新建步道12.5公里。", "12.5公里（新建步道）"),
        ("满意率达１００％。", "满意率达100％。", "100％（满意率）"),
    ] {
        let (item, _) = item_imported(sentence);
        assert_eq!(&*item.text, text, "{sentence}");
        assert_eq!(shown(&item), [expected], "{sentence}");
    }
}

#[test]
fn a_range_is_marked_and_never_half_read() {
    for (sentence, written) in [
        ("每月开展走访3—5次。", "3—5次"),
        ("组织调研4至6次。", "4至6次"),
        ("确定课题3-5个。", "3-5个"),
        ("确定课题3个至5个。", "3个至5个"),
        ("建设步道2～3公里。", "2～3公里"),
    ] {
        let (item, notes) = item_imported(sentence);
        assert_eq!(shown(&item), Vec::<String>::new(), "{sentence}: no figure from a range");
        assert!(
            notes.iter().any(|n| n.contains(&format!("“{written}”是一个范围"))),
            "{sentence}: {notes:?}"
        );
    }
    // A range of years is a name, not a quantity.
    let (item, notes) = item_imported("2023—2024年连续开展专题协商。");
    assert!(item.figures.is_empty() && notes.is_empty(), "{notes:?}");
}

#[test]
fn numbers_in_chinese_numerals_are_marked() {
    let (item, notes) = item_imported("开展专题协商三次，走访两个街道，一起推动落实。");
    assert!(item.figures.is_empty());
    assert!(notes.iter().any(|n| n.contains("“三次”用汉字写数")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("“两个”用汉字写数")), "{notes:?}");
    assert_eq!(notes.len(), 2, "一起 (together) is not a count: {notes:?}");
    // Quoted and ordinal numerals are names.
    let (_, notes) = item_imported("助力“三医”联动改革，召开第三次会议。");
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn a_word_that_makes_a_number_approximate_is_kept_with_it() {
    for (sentence, expected) in [
        ("服务群众约3000人次。", "约3000人次（服务群众）"),
        ("走访企业近200家。", "近200家（走访企业）"),
        ("解决问题超过100个。", "超过100个（解决问题）"),
        ("覆盖群众逾5万人。", "逾5万人（覆盖群众）"),
        ("接待群众将近80人次。", "近80人次（接待群众）"),
    ] {
        let (item, _) = item_imported(sentence);
        assert_eq!(shown(&item), [expected], "{sentence}");
    }
    // 最近 is about time, not amount.
    let (item, _) = item_imported("最近5次会议均有委员发言。");
    assert_eq!(shown(&item), ["5次（最近）"]);
}

#[test]
fn a_minus_sign_is_kept_and_not_drawn_as_a_bar() {
    let (item, _) = item_imported("能耗同比下降-3.2%，较上年提高1.5%。");
    assert_eq!(shown(&item), ["-3.2%（能耗同比下降）", "1.5%（较上年提高）"]);
    let (item, _) = item_imported("能耗同比－３．２％。");
    assert_eq!(shown(&item), ["-3.2％（能耗同比）"], "a full-width minus too");
}

/// The 2023 text as Word's numbered lists write it: sub-headings `（一）`, items `1．`, `1、`
/// and `•` with full-width spaces before them, the tasks numbered `1.`.
fn word_numbered(text: &str) -> String {
    let mut out = Vec::new();
    let (mut heading, mut item) = (0, 0);
    for line in text.lines() {
        let numerals = ["一", "二", "三", "四", "五", "六"];
        if let Some(words) = line.strip_prefix("- ").and_then(|l| l.strip_suffix("**")) {
            heading += 1;
            item = 0;
            out.push(format!("（{}）{words}", numerals[(heading - 1) % 6]));
        } else if let Some(words) = line.strip_prefix(" - ") {
            item += 1;
            let marker = match item % 3 {
                0 => format!("{item}．"),
                1 => format!("{item}、"),
                _ => "•".to_owned(),
            };
            out.push(format!("\u{3000}\u{3000}{marker}{words}"));
        } else if let Some(words) = line.strip_prefix("- ") {
            item += 1;
            out.push(format!("{item}. {words}"));
        } else {
            if line.starts_with(|c: char| "一二三四五".contains(c)) {
                heading = 0;
            }
            out.push(line.to_owned());
        }
    }
    out.join("\n")
}

#[test]
fn word_text_gives_the_same_lines_as_the_published_text() {
    let expected = source_lines(&import(SOURCE_2023).unwrap().report);
    let numbered = word_numbered(SOURCE_2023);
    assert!(numbered.contains("（一）坚持不懈") && numbered.contains("\u{3000}\u{3000}1、完善"));
    let crlf = |t: &str| t.replace('\n', "\r\n");
    let variants = [
        ("Word's numbered lists", numbered.clone()),
        ("CRLF and a byte-order mark", format!("\u{feff}{}", crlf(&numbered))),
        ("tabs", SOURCE_2023.replace("\n - ", "\n\t- ")),
        ("no-break spaces", SOURCE_2023.replace("\n - ", "\n\u{a0}- ")),
        ("a page break", SOURCE_2023.replacen("\n\n二、", "\n\u{c}\n二、", 1)),
        ("a lone CR", SOURCE_2023.replace('\n', "\r")),
        (
            "zero-width spaces",
            SOURCE_2023.replacen("学习制度体系", "学习\u{200b}制度体系", 1),
        ),
    ];
    for (what, text) in variants {
        assert_eq!(source_lines(&imported(&text).report), expected, "{what}");
    }
}

#[test]
fn a_soft_line_break_or_control_character_inside_a_line_leaves_a_valid_file() {
    let soft = SOURCE_2023.replacen("组织开展各类集中学习32次，", "组织开展各类集中学习32次，\u{b}", 1);
    let control = SOURCE_2023.replacen("举办读书活动16场次", "举办读书活动\u{1}16场次", 1);
    for text in [soft, control] {
        assert_eq!(
            source_lines(&imported(&text).report),
            source_lines(&import(SOURCE_2023).unwrap().report)
        );
    }
}

#[test]
fn what_is_missing_is_said_at_its_line() {
    let cases: [(&str, String, &str, &str); 8] = [
        (
            "banner",
            SOURCE_2023.replacen("两会特别报道", "", 1),
            "缺少刊头",
            "一图读懂区政协",
        ),
        (
            "title",
            SOURCE_2023.replacen("一图读懂区政协常委会工作报告", "", 1),
            "缺少标题",
            "2023年工作回顾",
        ),
        (
            "review heading",
            SOURCE_2023.replacen("2023年工作回顾", "", 1),
            "缺少第一部分的标题",
            "一年来",
        ),
        (
            "two-line title",
            SOURCE_2023.replacen("一图读懂区政协常委会工作报告", "一图读懂\n\n区政协常委会工作报告", 1),
            "标题分成了两行",
            "一图读懂",
        ),
        (
            "lead-in",
            SOURCE_2023.replacen("取得明显成效\n", "", 1),
            "缺少引题",
            "一、坚持和加强",
        ),
        (
            "tasks part",
            {
                let start = SOURCE_2023.find("2024年主要任务").unwrap();
                let end = SOURCE_2023.find("区政协常委会关于提案工作情况的报告").unwrap();
                format!("{}{}", &SOURCE_2023[..start], &SOURCE_2023[end..])
            },
            "缺少第二部分",
            "区政协常委会关于提案工作情况的报告",
        ),
        (
            "a sub-heading's **",
            SOURCE_2023.replacen(
                "- 始终坚持以党的建设统领推进政协各项工作**",
                "- 始终坚持以党的建设统领推进政协各项工作",
                1,
            ),
            "行末缺少“**”",
            "始终坚持以党的建设统领",
        ),
        (
            "an area's sub-headings",
            {
                let start = SOURCE_2023.find("- 紧扣实施重大战略聚合合力**").unwrap();
                let end = SOURCE_2023.find("三、坚持人民政协为人民").unwrap();
                format!("{}{}", &SOURCE_2023[..start], &SOURCE_2023[end..])
            },
            "之下没有小标题",
            "二、坚持服务中心大局",
        ),
    ];
    for (what, text, message, at) in cases {
        let error = error_of(&text);
        assert!(error.message.contains(message), "{what}: {error}");
        assert_eq!(error.line, line_of(&text, at), "{what}: {error}");
    }
}

#[test]
fn a_sub_heading_without_items_is_imported_and_check_data_says_so_in_chinese() {
    let text = SOURCE_2023.replacen(
        "- 始终坚持以党的建设统领推进政协各项工作**",
        "- 一个没有事项的小标题**\n- 始终坚持以党的建设统领推进政协各项工作**",
        1,
    );
    let toml = to_toml(&import(&text).unwrap(), "variant.txt");
    let (_, problems) = yitu::data::check_text("variant.toml", &toml);
    assert!(!problems.is_empty());
    for problem in &problems {
        assert!(!problem.contains("缺少字段"), "{problem}");
        let said = problem.rsplit(": ").next().unwrap_or("");
        assert!(
            said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{problem}"
        );
    }
}

/// `text` in GB18030, as Chinese Windows saves it.
fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

#[test]
fn files_in_the_encodings_windows_and_word_save_are_read() {
    let decode = |bytes: &[u8]| yitu::draft::source_text(bytes, super::gb18030);
    assert_eq!(decode(&gbk(SOURCE_2023)).unwrap(), SOURCE_2023, "GBK/GB18030");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(SOURCE_2023.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode(&utf16).unwrap(), SOURCE_2023, "Word's Unicode text");
    let docx = b"PK\x03\x04\x14\x00\x06\x00word/document.xml";
    assert!(
        decode(docx).unwrap_err().contains("另存为"),
        "a .docx gets a plain answer"
    );
}

/// A fresh folder under the target directory for one test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("yitu-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

#[test]
fn import_reads_gbk_and_never_overwrites_a_file_unless_told() {
    let folder = scratch("out");
    let source = folder.join("报告.txt");
    std::fs::write(&source, gbk(SOURCE_2023)).unwrap();
    let out = folder.join("report.toml");
    let args = |force: bool| {
        let mut args = vec![
            source.display().to_string(),
            "--out".to_owned(),
            out.display().to_string(),
        ];
        if force {
            args.push("--force".to_owned());
        }
        args
    };
    super::run(&args(false)).unwrap();
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("两会特别报道"), "read as GBK");
    std::fs::write(&out, "# 手工改过的文件\n").unwrap();
    let refused = super::run(&args(false)).unwrap_err();
    assert!(
        refused.contains("已存在，没有覆盖") && refused.contains("--force"),
        "{refused}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "# 手工改过的文件\n", "kept");
    super::run(&args(true)).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written, "overwritten when told");
    let _ = std::fs::remove_dir_all(folder);
}

#[test]
fn items_with_the_same_words_share_their_judgements() {
    let line = " - 与40余个外地政协开展联合视察调研。\n";
    let text = SOURCE_2023.replacen(line, &format!("{line}{line}"), 1);
    let imported = imported(&text);
    let notes: Vec<&String> = imported
        .marks
        .iter()
        .filter(|(mark, _)| matches!(mark, Mark::Item(t) if t.contains("与40余个外地政协")))
        .map(|(_, note)| note)
        .collect();
    assert_eq!(notes.len(), 1, "once, for both items: {notes:?}");
    let read = yitu::import::marks_in(&to_toml(&imported, "variant.txt"));
    assert_eq!(read.len(), imported.marks.len(), "read back once too");
}

/// A figure as the comparison sees it: number as written (with 余 and a qualifier), unit.
fn written(report: &yitu::data::schema::Report) -> Vec<Vec<String>> {
    let model = yitu::model::Model::new(std::rc::Rc::new(report.clone()));
    model
        .sections()
        .iter()
        .flat_map(|s| s.items())
        .map(|item| item.figures.iter().map(|f| f.phrase()).collect())
        .collect()
}

#[test]
fn the_synthetic_report_as_word_saves_it_imports_to_its_data_files_lines_and_figures() {
    let text = include_str!("../../../tests/fixtures/synthetic-report-word.txt");
    assert!(text.contains("\r\n（一）") && text.contains("１２．２５") && text.contains("　　• "));
    let (expected, problems) = yitu::data::check_text(
        "synthetic-report.toml",
        include_str!("../../../tests/fixtures/synthetic-report.toml"),
    );
    assert_eq!(problems, Vec::<String>::new());
    let expected = expected.unwrap();
    let imported = imported(text);
    assert_eq!(
        source_lines(&imported.report),
        source_lines(&expected),
        "every line in its place"
    );
    assert_eq!(
        written(&imported.report),
        written(&expected),
        "every figure, 约 and 余 included"
    );
}

#[test]
fn a_qualifiers_character_inside_another_word_qualifies_nothing() {
    for (sentence, expected) in [
        ("每位发言不超过5分钟。", "5分钟（每位发言不超过）"),
        ("累计节约120万元。", "120万元（累计节约）"),
        ("与邻近3个区县开展协作。", "3个（与邻近）"),
    ] {
        let (item, _) = item_imported(sentence);
        assert_eq!(shown(&item), [expected], "{sentence}");
        assert!(item.figures.iter().all(|f| f.qualifier.is_none()), "{sentence}");
    }
}

#[test]
fn a_figure_shown_more_exact_than_the_text_is_refused_by_check_data() {
    let text = SOURCE_2023.replacen(ITEM, " - 服务群众约3000人次，能耗下降-3.2%。\n", 1);
    let toml = to_toml(&imported(&text), "variant.txt");
    for (what, changed) in [
        ("the qualifier dropped", toml.replacen(", qualifier = \"约\"", "", 1)),
        (
            "the minus sign dropped",
            toml.replacen("value = \"-3.2\"", "value = \"3.2\"", 1),
        ),
    ] {
        assert_ne!(changed, toml, "{what}");
        let (_, problems) = yitu::data::check_text("variant.toml", &changed);
        assert!(
            problems.iter().any(|p| p.contains("事项原文中没有")),
            "{what}: {problems:?}"
        );
    }
}

#[test]
fn nouns_ordinal_ranges_and_dashes_are_not_read_as_quantities() {
    let (item, notes) = item_imported("联合12部门开展调研。");
    assert!(item.figures.is_empty());
    assert!(notes.iter().any(|n| n.contains("“12”后没有可识别的单位")), "{notes:?}");
    let (item, _) = item_imported("年满70周岁的委员参加。");
    assert_eq!(shown(&item), ["70周岁（年满）"]);
    let (item, notes) = item_imported("落实第3-5条要求。");
    assert!(item.figures.is_empty() && notes.is_empty(), "{notes:?}");
    let (item, _) = item_imported("完成率100%——30个项目落地。");
    assert_eq!(
        shown(&item),
        ["100%（完成率）", "30个（项目落地）"],
        "a double dash breaks the sentence"
    );
    let (_, notes) = item_imported("统一部署，召开十四届二次会议，配备一批干部。");
    assert!(notes.is_empty(), "words, not counts: {notes:?}");
}

#[test]
fn a_word_item_whose_text_begins_with_a_number_keeps_its_number_apart() {
    let text = SOURCE_2023.replacen(ITEM, "\u{3000}\u{3000}３．２０２３年以来形成调研报告２０篇。\n", 1);
    let imported = imported(&text);
    let item = &imported.report.review.areas[0].groups[0].items[2];
    assert_eq!(&*item.text, "2023年以来形成调研报告20篇。");
    assert_eq!(shown(item), ["20篇（2023年以来形成调研报告）"]);
}

#[test]
fn a_missing_banner_before_a_title_with_a_year_and_an_introduction_in_two_paragraphs_are_named() {
    let dated = SOURCE_2023.replacen("两会特别报道", "", 1).replacen(
        "一图读懂区政协常委会工作报告",
        "2023年区政协常委会工作报告",
        1,
    );
    let error = error_of(&dated);
    assert!(error.message.contains("缺少刊头"), "{error}");
    let split = SOURCE_2023.replacen("作出了积极贡献。", "作出了积极贡献。\n\n这是导语的第二段。", 1);
    let error = error_of(&split);
    assert!(error.message.contains("导语分成了两段"), "{error}");
    assert_eq!(error.line, line_of(&split, "这是导语的第二段"));
}
