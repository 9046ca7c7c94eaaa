//! The office's draft (编辑台): opened from a data file or a text in any encoding Word or Windows
//! saves, proofread figure by figure (a tick holds the figure as ticked), written back as a data
//! file that opens again to the same report.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;
use yew::Reducible;
use yitu::draft::{source_text, Draft, DraftAction};

const FIXTURE: &str = include_str!("fixtures/synthetic-report.toml");

fn opened() -> Rc<Draft> {
    Rc::new(Draft::open("report.toml", FIXTURE).unwrap())
}

#[test]
fn a_data_file_opens_with_every_figure_to_proofread_and_nothing_to_decide() {
    let draft = opened();
    let figures = draft.model.figures().len();
    assert!(figures > 0);
    assert_eq!(draft.unticked(), figures);
    assert!(draft.open_marks().is_empty());
}

#[test]
fn ticks_count_and_are_taken_back() {
    let draft = opened();
    let first = draft.model.figures()[0].id.as_rc().clone();
    let ticked = draft.clone().reduce(DraftAction::Tick(first.clone()));
    assert_eq!(ticked.ticked(), 1);
    assert!(ticked.is_ticked(&ticked.model.figures()[0]));
    let back = ticked.reduce(DraftAction::Untick(first));
    assert_eq!(back.ticked(), 0);
    let unknown = draft.clone().reduce(DraftAction::Tick(Rc::from("no-such-figure")));
    assert_eq!(unknown.ticked(), 0, "only the report's figures are ticked");
}

#[test]
fn a_figure_changed_after_its_tick_loses_it_and_the_others_keep_theirs() {
    let draft = opened();
    let figures = draft.model.figures();
    let (changed, kept) = (figures[0].clone(), figures[1].clone());
    let ticked = draft
        .clone()
        .reduce(DraftAction::Tick(changed.id.as_rc().clone()))
        .reduce(DraftAction::Tick(kept.id.as_rc().clone()));
    // The office corrects the first figure's label in the data file and opens it again.
    let old = format!("label = \"{}\"", changed.figure.label);
    assert!(FIXTURE.contains(&old), "{old}");
    // A shorter label, still the item's own words (its first character dropped).
    let shorter: String = changed.figure.label.chars().skip(1).collect();
    let corrected = FIXTURE.replacen(&old, &format!("label = \"{shorter}\""), 1);
    let reopened = Draft::open("report.toml", &corrected).unwrap().with_ticks_of(&ticked);
    let now = reopened.model.figure(&changed.id).unwrap();
    assert_ne!(now.figure.label, changed.figure.label, "the label was changed");
    assert!(!reopened.is_ticked(now), "changed after its tick: unticked");
    assert!(
        reopened.is_ticked(reopened.model.figure(&kept.id).unwrap()),
        "unchanged: still ticked"
    );
    assert_eq!(reopened.ticked(), 1);
}

#[test]
fn the_data_file_it_writes_opens_again_to_the_same_report_and_passes_check_data() {
    let this_year = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/report.toml")).unwrap();
    for text in [FIXTURE, include_str!("fixtures/no-proposals-report.toml"), &this_year] {
        let draft = Draft::open("report.toml", text).unwrap();
        let written = draft.data_file();
        let (report, problems) = yitu::data::check_text("report.toml", &written);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            report.as_ref(),
            Some(&**draft.model.report()),
            "the same report, its site settings too"
        );
        let again = Draft::open("report.toml", &written).unwrap();
        assert_eq!(again.model.report(), draft.model.report());
    }
}

#[test]
fn a_data_file_with_problems_opens_with_them_and_one_that_is_no_report_says_where() {
    let broken = FIXTURE.replacen("id = \"area-2\"", "id = \"main\"", 1);
    let draft = Draft::open("report.toml", &broken).unwrap();
    assert_eq!(
        draft.problems().len(),
        1,
        "shown in the checklist; the site is not made until it is put right"
    );
    let unreadable = FIXTURE.replacen("[meta]", "[meta", 1);
    let error = Draft::open("report.toml", &unreadable).err().unwrap();
    assert_eq!(error.0.len(), 1, "{:?}", error.0);
    assert!(error.0[0].starts_with("report.toml:"), "{:?}", error.0);
    let text_error = Draft::open("粘贴的文本.txt", "只有一行").err().unwrap();
    assert!(
        text_error.0[0].contains("第"),
        "a text that cannot be placed says its line: {:?}",
        text_error.0
    );
}

#[test]
fn text_is_read_in_the_encodings_offices_save() {
    let text = "北碚区政协常委会工作报告\r\n１２３件";
    let none = |_: &[u8]| None;
    assert_eq!(source_text(text.as_bytes(), none).unwrap(), text);
    let with_bom = [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat();
    assert_eq!(source_text(&with_bom, none).unwrap(), text, "UTF-8 with its BOM");
    let little: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(source_text(&little, none).unwrap(), text, "Word's Unicode text");
    let big: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(source_text(&big, none).unwrap(), text, "UTF-16 big-endian");
    // GBK bytes (not UTF-8) go to the browser's GB18030 decoder.
    let gbk = [0xB1, 0xB1, 0xB1, 0xAE];
    assert_eq!(source_text(&gbk, |_| Some("北碚".to_owned())).unwrap(), "北碚");
    assert!(
        source_text(&gbk, none).unwrap_err().contains("UTF-8"),
        "unreadable: how to re-save"
    );
    let docx = b"PK\x03\x04\x14\x00";
    assert!(
        source_text(docx, none).unwrap_err().contains("Word"),
        "a .docx given by mistake"
    );
}

#[test]
fn a_decision_leaves_its_judgement_open_until_confirmed_and_undo_brings_both_back() {
    use yitu::draft::{Edit, History, HistoryAction};
    use yitu::import::Mark;
    let imported = yitu::import::Imported {
        report: yitu::data::parse_toml(FIXTURE).unwrap(),
        marks: vec![
            (Mark::Section(Rc::from("area-1")), "图标请核对".to_owned()),
            (Mark::KeyFigures, "请核对".to_owned()),
        ],
    };
    let history = Rc::new(History::new(Draft::from_imported("粘贴的文本.txt", imported)));
    let picked = history.clone().reduce(HistoryAction::Do(DraftAction::Edit(Edit::Icon {
        section: Rc::from("area-1"),
        icon: Rc::from("leaf"),
    })));
    let area = picked.draft.model.section("area-1").unwrap();
    assert_eq!(&**area.icon(), "leaf");
    assert_eq!(
        picked.draft.open_marks().len(),
        2,
        "still open, its control with it, until confirmed"
    );
    let confirmed = picked.clone().reduce(HistoryAction::Do(DraftAction::Confirm(
        Mark::Section(Rc::from("area-1")),
        "图标请核对".to_owned(),
    )));
    assert_eq!(confirmed.draft.open_marks().len(), 1);
    let nothing = confirmed.clone().reduce(HistoryAction::Do(DraftAction::Confirm(
        Mark::Sources,
        "没有这一问".to_owned(),
    )));
    assert!(
        Rc::ptr_eq(&nothing, &confirmed),
        "what changes nothing is no step of 撤销"
    );
    let undone = confirmed.reduce(HistoryAction::Undo).reduce(HistoryAction::Undo);
    assert_eq!(undone.draft.open_marks().len(), 2);
    assert_eq!(&**undone.draft.model.section("area-1").unwrap().icon(), "star");
    assert!(!undone.can_undo());
    let redone = undone.reduce(HistoryAction::Redo);
    assert_eq!(&**redone.draft.model.section("area-1").unwrap().icon(), "leaf");
    assert!(redone.can_redo());
}

#[test]
fn a_relabelled_figure_loses_its_tick_and_every_decision_is_checked_as_check_data_does() {
    use yitu::draft::Edit;
    let draft = opened();
    let place = draft.model.figures()[0].clone();
    let ticked = draft.reduce(DraftAction::Tick(place.id.as_rc().clone()));
    assert_eq!(ticked.ticked(), 1);
    let shorter: String = place.figure.label.chars().skip(1).collect();
    let relabelled = ticked.reduce(DraftAction::Edit(Edit::FigureLabel {
        figure: place.id.as_rc().clone(),
        label: Rc::from(shorter.as_str()),
    }));
    assert_eq!(relabelled.ticked(), 0, "edited after its tick: unticked");
    assert!(relabelled.problems().is_empty());
    let area = relabelled.model.section("area-3").unwrap().id.clone();
    let too_many: Rc<[Rc<str>]> = relabelled
        .model
        .figures()
        .iter()
        .filter(|f| f.section == area)
        .map(|f| f.id.as_rc().clone())
        .collect();
    assert_eq!(too_many.len(), 4, "four of the section's own figures");
    let crowded = relabelled.reduce(DraftAction::Edit(Edit::Highlights {
        section: Rc::from("area-3"),
        figures: too_many,
    }));
    assert!(
        !crowded.problems().is_empty(),
        "a tile of four of its own figures is a problem, as check-data says"
    );
}

#[test]
fn the_draft_the_browser_keeps_comes_back_as_it_was() {
    use yitu::draft::Edit;
    let imported = yitu::import::Imported {
        report: yitu::data::parse_toml(FIXTURE).unwrap(),
        marks: vec![(
            yitu::import::Mark::Chart(Rc::from("fixture-money")),
            "标题请核对".to_owned(),
        )],
    };
    let draft = Rc::new(Draft::from_imported("粘贴的文本.txt", imported));
    let first = draft.model.figures()[0].id.as_rc().clone();
    let worked = draft
        .reduce(DraftAction::Tick(first.clone()))
        .reduce(DraftAction::Edit(Edit::TalkMinutes(Some(30))));
    let back = Draft::restore(&worked.saved()).unwrap();
    assert_eq!(back.name, worked.name);
    assert_eq!(back.model.report(), worked.model.report());
    assert_eq!(back.open_marks(), worked.open_marks());
    assert_eq!(back.ticked(), 1);
    assert!(back.is_ticked(back.model.figure(&first).unwrap()));
    assert!(Draft::restore("not a draft").is_err());
}

#[test]
fn a_data_file_saved_with_judgements_opens_again_with_them() {
    use yitu::import::Mark;
    let imported = yitu::import::Imported {
        report: yitu::data::parse_toml(FIXTURE).unwrap(),
        marks: vec![
            (Mark::Sources, "资料来源请核对".to_owned()),
            (Mark::KeyFigures, "关键数字请核对".to_owned()),
            (Mark::Section(Rc::from("area-3")), "图标请核对".to_owned()),
            (Mark::Section(Rc::from("proposals")), "图标与总览数字请核对".to_owned()),
            (Mark::Item(Rc::from("开展约30余次虚构活动。")), "标签请核对".to_owned()),
            (
                Mark::Item(Rc::from("虚构提案共9件，其中甲类5件，乙类4件。")),
                "摘要的数字请核对".to_owned(),
            ),
            (Mark::Chart(Rc::from("fixture-care")), "标题请核对".to_owned()),
        ],
    };
    let draft = Draft::from_imported("粘贴的文本.txt", imported);
    let again = Draft::open("report.toml", &draft.data_file()).unwrap();
    let sorted = |marks: &[(Mark, String)]| {
        let mut all = marks.to_vec();
        all.sort();
        all
    };
    assert_eq!(sorted(again.open_marks()), sorted(draft.open_marks()));
}

#[test]
fn the_checklist_follows_the_page() {
    use yitu::import::Mark;
    let imported = yitu::import::Imported {
        report: yitu::data::parse_toml(FIXTURE).unwrap(),
        marks: vec![
            (Mark::Chart(Rc::from("fixture-care")), "c".to_owned()),
            (Mark::Item(Rc::from("开展约30余次虚构活动。")), "p".to_owned()),
            (Mark::Section(Rc::from("area-3")), "a3".to_owned()),
            (Mark::KeyFigures, "k".to_owned()),
            (
                Mark::Item(Rc::from("召开虚构会议7次，收到虚构建议12条。")),
                "a1".to_owned(),
            ),
            (Mark::Sources, "s".to_owned()),
        ],
    };
    let draft = Draft::from_imported("粘贴的文本.txt", imported);
    let order: Vec<&str> = draft.marks_in_page_order().iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(order, ["s", "k", "a1", "a3", "c", "p"]);
}
