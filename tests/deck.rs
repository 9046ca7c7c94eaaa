//! The deck on the host: slides come from the data in the report's order, every note is a line of
//! the report verbatim, fragments always name a slide (proptest), the key map is reveal.js's, the
//! deck's reducer steps, jumps and blacks out, and the QR code decodes to its address.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;
use yitu::charts::qr_path;
use yitu::model::{
    callouts, deck_command, early_commands, slide_from_fragment, DeckCommand, LabelPlace, Model, SlideBody,
};
use yitu::state::{DeckAction, DeckUi};

#[test]
fn slides_follow_the_report_and_notes_quote_it_verbatim() {
    let model = Model::under_test();
    let report = model.report();
    let deck = model.slides();
    let lines = model.source_lines();
    let descriptions: Vec<String> = model.charts().iter().map(|v| v.description.to_string()).collect();
    // The title, the key figures, the introduction, a divider per area, the tasks (two), the closing.
    assert!(deck.len() >= 6 + report.review.areas.len(), "{} slides", deck.len());
    assert_eq!(deck[0].body, SlideBody::Title);
    assert_eq!(deck.last().unwrap().body, SlideBody::Closing);
    for slide in deck.iter() {
        for note in &slide.notes {
            assert!(
                lines.contains(&note.as_ref()) || descriptions.iter().any(|d| d == note.as_ref()),
                "a note that is not the report's text: {note}"
            );
        }
        assert!(
            lines.contains(&slide.title.as_ref())
                || report.charts.iter().any(|c| c.title == slide.title)
                || slide.title.as_ref() == "关键数字"
        );
    }
    let groups: usize = report.review.areas.iter().map(|a| a.groups.len()).sum::<usize>()
        + report.proposals.as_ref().map_or(0, |p| p.groups.len());
    let item_slides = deck.iter().filter(|s| matches!(s.body, SlideBody::Items(_))).count();
    let proposals = if report.proposals.is_some() { 2 } else { 0 };
    assert_eq!(
        item_slides,
        groups + 1 + proposals,
        "one per group, plus the tasks, the proposals summary and the outlook"
    );
    let charts = deck.iter().filter(|s| matches!(s.body, SlideBody::Chart(_))).count();
    assert_eq!(charts, report.charts.len());
}

#[test]
fn fragments_name_the_nearest_slide() {
    for (fragment, expected) in [
        ("#1", 0),
        ("#7", 6),
        ("7", 6),
        ("#0", 0),
        ("#-3", 0),
        ("#abc", 0),
        ("", 0),
        ("#3.5", 0),
        ("#36", 35),
        ("#37", 35),
        ("#99999999999999999999999", 35),
        ("#+2", 1),
        ("# 4 ", 3),
    ] {
        assert_eq!(slide_from_fragment(fragment, 36), expected, "{fragment:?}");
    }
    assert_eq!(slide_from_fragment("#5", 0), 0, "an empty deck");
}

proptest! {
    #[test]
    fn any_fragment_names_a_slide(fragment in ".*", count in 1usize..200) {
        prop_assert!(slide_from_fragment(&fragment, count) < count);
    }

    #[test]
    fn slide_numbers_round_trip(count in 1usize..200, n in 1usize..200) {
        prop_assume!(n <= count);
        prop_assert_eq!(slide_from_fragment(&format!("#{n}"), count), n - 1);
    }
}

#[test]
fn keys_pressed_while_loading_are_replayed_in_order_but_fullscreen() {
    assert_eq!(
        early_commands(&["PageDown", "F5", "x", "PageDown", "PageUp", "b"]),
        vec![
            DeckCommand::Next,
            DeckCommand::Next,
            DeckCommand::Previous,
            DeckCommand::Black
        ]
    );
    assert_eq!(early_commands::<&str>(&[]), vec![]);
}

#[test]
fn the_key_map_is_reveal_js() {
    for key in ["ArrowRight", "PageDown", " ", "n", "N"] {
        assert_eq!(deck_command(key), Some(DeckCommand::Next), "{key}");
    }
    for key in ["ArrowLeft", "PageUp", "p", "P"] {
        assert_eq!(deck_command(key), Some(DeckCommand::Previous), "{key}");
    }
    assert_eq!(deck_command("ArrowDown"), Some(DeckCommand::Down));
    assert_eq!(deck_command("ArrowUp"), Some(DeckCommand::Up));
    assert_eq!(deck_command("o"), Some(DeckCommand::Overview));
    assert_eq!(deck_command("O"), Some(DeckCommand::Overview));
    assert_eq!(deck_command("Escape"), Some(DeckCommand::Close));
    assert_eq!(deck_command("F5"), Some(DeckCommand::ToggleFullscreen));
    assert_eq!(deck_command("."), Some(DeckCommand::Black));
    assert_eq!(deck_command("7"), Some(DeckCommand::Digit(7)));
    assert_eq!(deck_command("Shift"), None);
    assert_eq!(deck_command("١"), None, "only ASCII digits");
}

#[test]
fn the_deck_reducer_steps_jumps_and_blacks_out() {
    let step = |ui: Rc<DeckUi>, action| ui.reduce(action);
    let ui = Rc::new(DeckUi::new(10, false));
    let ui = step(ui, DeckAction::Command(DeckCommand::Previous));
    assert_eq!(ui.current, 0);
    let ui = step(ui, DeckAction::Command(DeckCommand::Last));
    assert_eq!(ui.current, 9);
    let ui = step(ui, DeckAction::Command(DeckCommand::Next));
    assert_eq!(ui.current, 9, "stays on the last");
    let ui = [1, 2]
        .into_iter()
        .fold(ui, |ui, d| step(ui, DeckAction::Command(DeckCommand::Digit(d))));
    let ui = step(ui, DeckAction::Command(DeckCommand::Go));
    assert_eq!((ui.current, ui.typed.as_str()), (9, ""), "slide 12 of 10 is the last");
    let ui = step(ui, DeckAction::Command(DeckCommand::Digit(3)));
    let ui = step(ui, DeckAction::Command(DeckCommand::Go));
    assert_eq!(ui.current, 2);
    let ui = step(ui, DeckAction::Command(DeckCommand::Black));
    assert!(ui.blacked);
    let ui = step(ui, DeckAction::Command(DeckCommand::Next));
    assert!(!ui.blacked);
    assert_eq!(ui.current, 2, "the key that ends a black screen does nothing else");
    let ui = step(ui, DeckAction::GoTo(usize::MAX));
    assert_eq!(ui.current, 9);
    let ui = step(ui, DeckAction::Command(DeckCommand::Up));
    let ui = step(ui, DeckAction::Command(DeckCommand::Up));
    assert_eq!(ui.current, 7, "outside the overview, ↑ is the previous slide");
    let ui = step(ui, DeckAction::Command(DeckCommand::Down));
    assert_eq!(ui.current, 8, "and ↓ the next");
}

#[test]
fn the_overview_moves_its_selection_by_arrows_and_rows_and_jumps_on_enter() {
    let step = |ui: Rc<DeckUi>, command| ui.reduce(DeckAction::Command(command));
    let ui = Rc::new(DeckUi::new(10, false)).reduce(DeckAction::GoTo(4));
    let ui = step(ui, DeckCommand::Overview);
    assert_eq!(ui.overview, Some(4), "opens on the current slide");
    let ui = ui.reduce(DeckAction::OverviewColumns(3));
    let ui = step(ui, DeckCommand::Down);
    assert_eq!(ui.overview, Some(7), "↓ is a row of three below");
    let ui = step(ui, DeckCommand::Down);
    assert_eq!(ui.overview, Some(9), "…but never past the last slide");
    let ui = step(ui, DeckCommand::Up);
    assert_eq!(ui.overview, Some(6));
    let ui = step(ui, DeckCommand::Previous);
    assert_eq!(ui.overview, Some(5));
    let ui = step(ui, DeckCommand::Up);
    let ui = step(ui, DeckCommand::Up);
    assert_eq!(ui.overview, Some(2), "↑ in the first row stays");
    assert_eq!(ui.current, 4, "moving the selection does not move the deck");
    let ui = step(ui, DeckCommand::Black);
    assert!(!ui.blacked, "B does nothing in the overview");
    let ui = step(ui, DeckCommand::Go);
    assert_eq!(
        (ui.current, ui.overview),
        (2, None),
        "Enter shows the selected slide and closes"
    );
    let ui = step(ui, DeckCommand::Overview);
    let ui = step(ui, DeckCommand::Last);
    let ui = step(ui, DeckCommand::Close);
    assert_eq!((ui.current, ui.overview), (2, None), "Esc closes without moving");
    let ui = step(ui, DeckCommand::Overview);
    let ui = step(ui, DeckCommand::Overview);
    assert_eq!(ui.overview, None, "O closes too");
    let ui = step(ui, DeckCommand::Overview);
    let ui = ui.reduce(DeckAction::Select(8));
    assert_eq!(ui.overview, Some(8), "the selection follows the focus");
    let ui = ui.reduce(DeckAction::Jump(8));
    assert_eq!((ui.current, ui.overview), (8, None), "a click jumps and closes");
    assert_eq!(
        ui.clone().reduce(DeckAction::Select(3)).overview,
        None,
        "no selection without the overview"
    );
}

#[test]
fn s_turns_the_window_into_the_speaker_view_where_clicks_do_not_step() {
    let ui = Rc::new(DeckUi::new(10, false)).reduce(DeckAction::Pointer(DeckCommand::Next));
    assert_eq!(ui.current, 1, "a click on the slides steps");
    let ui = ui.reduce(DeckAction::Command(DeckCommand::Speaker));
    assert!(ui.speaker);
    let ui = ui.reduce(DeckAction::Pointer(DeckCommand::Next));
    assert_eq!(ui.current, 1, "a click in the speaker view does not");
    let ui = ui.reduce(DeckAction::Command(DeckCommand::Next));
    assert_eq!(ui.current, 2, "keys still do");
    let ui = ui.reduce(DeckAction::Command(DeckCommand::Black));
    assert!(!ui.blacked, "B does not black the speaker view (nothing would show it)");
    let ui = ui.reduce(DeckAction::StartClock(1_000));
    let ui = ui.reduce(DeckAction::Command(DeckCommand::Speaker));
    assert!(!ui.speaker, "S again returns to the slides");
    assert_eq!(
        ui.clock_started,
        Some(1_000),
        "the speaker view's clock keeps running across S"
    );
    assert!(
        DeckUi::new(10, true).speaker,
        "present/speaker/ opens as the speaker view"
    );
    let ui = ui.reduce(DeckAction::Command(DeckCommand::Overview));
    assert_eq!(
        ui.reduce(DeckAction::Pointer(DeckCommand::Next)).current,
        2,
        "nor over the overview"
    );
}

#[test]
fn the_qr_code_decodes_to_its_address() {
    let url = "https://example.org/reports/2023/";
    let (d, side) = qr_path(url).unwrap();
    let scale = 4;
    let mut dark = vec![false; side * side];
    for module in d.split('M').skip(1) {
        let mut numbers = module.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
        let (x, y): (usize, usize) = (
            numbers.next().unwrap().parse().unwrap(),
            numbers.next().unwrap().parse().unwrap(),
        );
        dark[y * side + x] = true;
    }
    let size = side * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        if dark[(y / scale) * side + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, url);
}

#[test]
fn each_work_area_opens_with_its_divider_and_paragraphs_keep_the_reports_order() {
    let model = Model::under_test();
    let report = model.report();
    let deck = model.slides();
    for area in report.review.areas.iter() {
        let at = deck
            .iter()
            .position(|s| matches!(&s.body, SlideBody::Divider(tile) if tile.section_id == area.id))
            .unwrap_or_else(|| panic!("{}: no divider", area.heading));
        assert_eq!(deck[at].title, area.heading);
        assert_eq!(
            deck[at + 1].title,
            area.groups[0].heading,
            "the divider comes right before its first group"
        );
    }
    let places: Vec<(Rc<str>, LabelPlace)> = deck
        .iter()
        .filter_map(|s| match &s.body {
            SlideBody::Paragraph { label, label_place, .. } => Some((label.clone(), *label_place)),
            _ => None,
        })
        .collect();
    assert_eq!(
        places,
        [
            (report.review.results_heading.clone(), LabelPlace::After),
            (report.tasks.requirements_label.clone(), LabelPlace::Before)
        ]
    );
}

#[test]
fn callouts_are_the_slides_own_figures_but_those_a_bar_chart_slide_draws() {
    let model = Model::under_test();
    let charted: Vec<Rc<str>> = model
        .charts()
        .iter()
        .filter(|v| v.chart.kind == yitu::data::ChartKind::Bars)
        .flat_map(|v| v.figures.iter().chain(&v.notes).map(|f| f.id.clone()))
        .collect();
    let mut left_out = 0;
    for slide in model.slides().iter() {
        let SlideBody::Items(items) = &slide.body else { continue };
        let own: Vec<Rc<str>> = items
            .iter()
            .flat_map(|i| i.figures.iter().map(|f| f.id.clone()))
            .collect();
        let shown: Vec<Rc<str>> = callouts(&model, items).into_iter().map(|f| f.id).collect();
        let expected: Vec<Rc<str>> = own.iter().filter(|id| !charted.contains(id)).cloned().collect();
        assert_eq!(shown, expected, "{}", slide.title);
        left_out += own.len() - shown.len();
    }
    assert!(left_out > 0, "some slide states a figure a bar chart draws");
}

#[test]
fn the_status_a_screen_reader_hears_names_the_slide_its_place_and_title() {
    let deck = Model::under_test().slides().clone();
    let last = deck.len() - 1;
    assert_eq!(
        yitu::model::slide_status(&deck, last),
        format!("第{}张，共{}张：{}", deck.len(), deck.len(), deck[last].title)
    );
    assert_eq!(
        yitu::model::slide_status(&deck, 0),
        format!("第1张，共{}张：{}", deck.len(), deck[0].title)
    );
    assert_eq!(yitu::model::slide_status(&deck, deck.len()), "");
}

#[test]
fn qr_codes_are_the_qrcode_crates_own_module_for_module() {
    // Addresses of every length a QR code of the report may carry, and other text: our own encoder
    // (`charts::qr`: byte mode, level M, the smallest version) gives, module for module, the code
    // the `qrcode` crate makes of the same bits, its mask choice included. Lengths up to 1,000
    // bytes reach the versions with version information and with 16-bit counts.
    let mut texts: Vec<String> = (0..=1000)
        .step_by(7)
        .map(|n| format!("https://www.example.gov.cn/{}", "a/b-7".repeat(n / 5 + 1)))
        .collect();
    texts.extend(
        [
            "1",
            "北碚区政协",
            "HTTPS://BEIBEI.GOV.CN/ZX/",
            "../../",
            "file:///C:/deck.html",
        ]
        .map(String::from),
    );
    // And text of every kind, so that every mask wins somewhere.
    let mut seed = 0x2024_u32;
    texts.extend((0..400).map(|n| {
        (0..1 + n % 90)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from(b' ' + u8::try_from((seed >> 16) % 95).unwrap())
            })
            .collect::<String>()
    }));
    for text in &texts {
        let (ours, width) = yitu::charts::qr_modules(text).unwrap();
        let version = (width - 17) / 4;
        let mut bits = qrcode::bits::Bits::new(qrcode::Version::Normal(i16::try_from(version).unwrap()));
        bits.push_byte_data(text.as_bytes()).unwrap();
        bits.push_terminator(qrcode::EcLevel::M).unwrap();
        let theirs = qrcode::QrCode::with_bits(bits, qrcode::EcLevel::M).unwrap();
        assert_eq!(width, theirs.width(), "{text}");
        let dark: Vec<bool> = theirs.to_colors().iter().map(|c| *c == qrcode::Color::Dark).collect();
        assert!(ours == dark, "{text}: the modules differ");
        // The smallest version: the one below cannot hold the bytes.
        if version > 1 {
            let mut smaller = qrcode::bits::Bits::new(qrcode::Version::Normal(i16::try_from(version - 1).unwrap()));
            let fits =
                smaller.push_byte_data(text.as_bytes()).is_ok() && smaller.push_terminator(qrcode::EcLevel::M).is_ok();
            assert!(!fits, "{text}: version {} would hold it", version - 1);
        }
    }
    let too_long = "a".repeat(2400);
    assert!(yitu::charts::qr_modules(&too_long).is_none(), "beyond version 40");
}
