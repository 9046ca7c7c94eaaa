//! What a page carries (`data::PageData` in the compact form): every report file round-trips
//! exactly, the text can never end its `<script>` block, the icons are the report's own, and broken
//! or hostile text is an error with its place, never a panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use std::rc::Rc;
use yitu::data::{self, compact, PageData, Report};

const REPORT_FILES: [&str; 3] = [
    "assets/report.toml",
    "tests/fixtures/synthetic-report.toml",
    "tests/fixtures/no-proposals-report.toml",
];

fn load(file: &str) -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    data::parse_toml(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn encoded(report: Report) -> String {
    PageData::for_report(report).encode()
}

#[test]
fn every_report_file_round_trips_and_its_text_cannot_end_the_block() {
    for file in REPORT_FILES {
        let page_data = PageData::for_report(load(file));
        let text = page_data.encode();
        assert!(!text.contains('<'), "{file}: a `<` could end the data block");
        assert_eq!(PageData::decode(&text).unwrap(), page_data, "{file}");
    }
}

#[test]
fn the_report_under_test_round_trips() {
    let page_data = PageData::for_report(data::report_under_test());
    assert_eq!(PageData::decode(&page_data.encode()).unwrap(), page_data);
}

#[test]
fn hostile_and_unusual_text_round_trips_without_markup() {
    let mut report = load("tests/fixtures/synthetic-report.toml");
    let hostile = "</script><script>alert(1)</script><!-- \"quoted\" \\ back\u{1}\ttab\nline 𠀀𝟘 \u{2028}";
    report.meta.title = Rc::from(hostile);
    report.site.public_url = Some(Rc::from("https://example.org/a\"b/"));
    let page_data = PageData::for_report(report);
    let text = page_data.encode();
    assert!(!text.contains('<') && !text.contains('\u{1}'), "{text}");
    let decoded = PageData::decode(&text).unwrap();
    assert_eq!(&*decoded.report.meta.title, hostile);
    assert_eq!(decoded, page_data);
}

#[test]
fn a_page_carries_the_outlines_of_exactly_the_icons_its_report_names() {
    for file in REPORT_FILES {
        let report = load(file);
        let mut named: Vec<Rc<str>> = data::report_icons(&report).cloned().collect();
        let page_data = PageData::for_report(report);
        let carried: Vec<Rc<str>> = page_data.icons.iter().map(|icon| icon.name.clone()).collect();
        assert_eq!(carried, named, "{file}");
        for icon in page_data.icons.iter() {
            assert_eq!(Some(&*icon.outline), data::icons::built_in(&icon.name), "{}", icon.name);
        }
        named.sort();
        named.dedup();
        assert_eq!(named.len(), carried.len(), "{file}: each icon once");
    }
}

#[test]
fn the_loader_pin_is_the_loader_written_for_the_reports_address() {
    for file in REPORT_FILES {
        let report = load(file);
        let script = data::loader::loader(data::loader::TEMPLATE, report.site.public_url.as_deref());
        let pin = PageData::for_report(report).loader;
        assert_eq!(&*pin.file, data::loader::file_name(script.as_bytes()));
        assert_eq!(&*pin.integrity, data::loader::integrity(script.as_bytes()));
    }
}

#[test]
fn broken_text_is_an_error_at_its_place() {
    let text = encoded(load("tests/fixtures/synthetic-report.toml"));
    for (broken, at) in [
        ("", 0),
        ("[", 1),
        (&text[..text.len() - 1], text.len() - 1),
        (&format!("{text}]"), text.len()),
        (&text.replacen("[[", "[{", 1), 1),
    ] {
        let error = PageData::decode(broken).expect_err(broken);
        assert_eq!(error.offset, at, "{broken:.40}: {error}");
    }
    assert!(compact::from_str::<String>("\"\\q\"").is_err());
    assert!(compact::from_str::<String>("\"\\ud800\"").is_err());
    assert!(compact::from_str::<String>("\"\\udbff\\u0041\"").is_err());
    assert_eq!(compact::from_str::<String>("\"\\ud83d\\ude00\"").unwrap(), "😀");
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_a_panic(text in "\\PC{0,200}") {
        let _ = PageData::decode(&text);
    }

    #[test]
    fn any_cut_or_changed_page_data_is_refused_or_read_as_written(cut in 0usize..20_000, byte in 0u8..128) {
        let text = encoded(load("tests/fixtures/no-proposals-report.toml"));
        let mut at = cut % text.len();
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        prop_assert!(PageData::decode(&text[..at]).is_err());
        let mut changed = text.clone();
        changed.insert(at, char::from(byte));
        let _ = PageData::decode(&changed);
    }

    #[test]
    fn any_string_round_trips(text in "\\PC{0,64}|[\\x00-\\x1f\"\\\\<>]{0,16}") {
        let written = compact::to_string(&text);
        prop_assert!(!written.contains('<'));
        prop_assert_eq!(compact::from_str::<String>(&written).unwrap(), text);
    }
}
