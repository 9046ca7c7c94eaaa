//! Property tests for the URL fragment parser: total on any input, and exact on every known id.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::data;
use yitu::model::{all_figures, chart_anchor, chart_views, figure_anchor, resolve_fragment, sections, KEY_FIGURES_ID};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_resolves_without_panicking(fragment in any::<String>()) {
        let report = data::report_under_test();
        if let Some(target) = resolve_fragment(&report, &fragment) {
            // Whatever resolves names an element the page has, never text taken from the URL.
            let known = sections(&report).iter().any(|s| *s.id == *target.anchor)
                || all_figures(&report).iter().any(|f| figure_anchor(&f.figure.id) == target.anchor)
                || chart_views(&report).iter().any(|c| chart_anchor(&c.chart.id) == target.anchor)
                || target.anchor == KEY_FIGURES_ID;
            prop_assert!(known, "{:?} resolved to unknown anchor {:?}", fragment, target.anchor);
        }
    }

    #[test]
    fn markup_and_junk_around_a_known_id_is_rejected(prefix in "[<>\"'%\\x00 a-z]{1,8}", suffix in "[<>\"'%\\x00 ]{1,8}") {
        let report = data::report_under_test();
        prop_assert_eq!(resolve_fragment(&report, &format!("{prefix}area-1")), None);
        prop_assert_eq!(resolve_fragment(&report, &format!("area-1{suffix}")), None);
    }
}

#[test]
fn every_section_and_figure_id_round_trips_with_and_without_the_hash() {
    let report = data::report_under_test();
    for section in sections(&report) {
        for fragment in [section.id.to_string(), format!("#{}", section.id)] {
            let target = resolve_fragment(&report, &fragment).unwrap();
            assert_eq!(target.anchor, *section.id);
            assert_eq!(target.open_section.as_deref(), Some(&*section.id));
        }
    }
    for view in chart_views(&report) {
        let target = resolve_fragment(&report, &chart_anchor(&view.chart.id)).unwrap();
        assert_eq!(target.open_section.as_deref(), Some(view.section_id));
    }
    for found in all_figures(&report) {
        let anchor = figure_anchor(&found.figure.id);
        let target = resolve_fragment(&report, &format!("#{anchor}")).unwrap();
        assert_eq!(target.anchor, anchor);
        assert_eq!(target.open_section.as_deref(), Some(found.section_id));
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn escaped_text_has_no_markup_and_round_trips(text in any::<String>()) {
        let escaped = yitu::model::escape(&text);
        prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
        prop_assert_eq!(unescape(&escaped), text);
    }

    #[test]
    fn item_markup_never_lets_item_text_become_tags(text in "[<>\"'&a-z 中文]{0,40}") {
        use std::rc::Rc;
        let item = data::Item { text: Rc::from(text.as_str()), figures: Rc::from(Vec::new()) };
        let html = yitu::model::item_markup(&item);
        prop_assert!(!html.contains('<'), "{}", html);
        prop_assert_eq!(unescape(&html), text);
    }

        #[test]
    fn phrases_give_back_the_text_and_markup_adds_only_line_breaks(text in "[<>&a-z 中文，、的关于]{0,30}") {
        prop_assert_eq!(yitu::model::phrases(&text).concat(), text.clone());
        let html = yitu::model::phrased(&text).replace("<wbr>", "");
        prop_assert!(!html.contains('<'), "{}", html);
        prop_assert_eq!(unescape(&html), text);
    }

    #[test]
    fn tiles_and_section_headings_never_let_a_heading_or_figure_become_tags(
        heading in "[<>\"'&a-z 中文、]{1,40}",
        label in "[<>\"'&a-z 中文]{1,20}",
        unit in "[<>\"'&件次]{1,4}",
    ) {
        use std::rc::Rc;
        let mut report = data::report_under_test();
        let mut areas = report.review.areas.to_vec();
        areas[0].heading = Rc::from(heading.as_str());
        let mut groups = areas[0].groups.to_vec();
        let mut items = groups[0].items.to_vec();
        let mut figures = items[0].figures.to_vec();
        figures[0].label = Rc::from(label.as_str());
        figures[0].unit = Rc::from(unit.as_str());
        items[0].figures = Rc::from(figures);
        groups[0].items = Rc::from(items);
        areas[0].groups = Rc::from(groups);
        areas[0].highlights = Rc::from(vec![areas[0].groups[0].items[0].figures[0].id.clone()]);
        report.review.areas = Rc::from(areas);
        let tiles = yitu::model::overview(&report);
        let all = [
            yitu::model::tiles_markup(&tiles),
            yitu::model::section_heading_markup(&tiles[0], 3, None),
        ];
        for html in all {
            // Only the markup's own tags: every `<` opens a tag the code writes.
            for tag in html.split('<').skip(1) {
                let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                prop_assert!(["div", "ul", "li", "h3", "a", "span", "svg", "path", "wbr"].contains(&name.as_str()), "<{} in {}", name, html);
            }
            prop_assert!(html.contains(&yitu::model::phrased(&tiles[0].title)), "the heading, escaped");
        }
    }

    #[test]
    fn slides_never_let_a_line_title_label_or_figure_become_tags(
        kicker in "[<>\"'&a-z 中文]{1,20}",
        title in "[<>\"'&a-z 中文、]{1,30}",
        text in "[<>\"'&a-z 中文]{1,40}",
        label in "[<>\"'&a-z 中文]{1,20}",
        unit in "[<>\"'&件次]{1,4}",
    ) {
        use std::rc::Rc;
        use yitu::model::{LabelPlace, Slide, SlideBody};
        let report = data::report_under_test();
        let mut figure = yitu::model::all_figures(&report)[0].figure.clone();
        figure.label = Rc::from(label.as_str());
        figure.unit = Rc::from(unit.as_str());
        let item = data::Item { text: Rc::from(text.as_str()), figures: Rc::from(vec![figure.clone()]) };
        let slide = |body| Slide { kicker: Some(Rc::from(kicker.as_str())), title: Rc::from(title.as_str()), body, notes: Vec::new() };
        let bodies = [
            yitu::model::slide_paragraph_markup(&text, &label, LabelPlace::Before),
            yitu::model::slide_paragraph_markup(&text, &label, LabelPlace::After),
            yitu::model::slide_figures_markup(std::slice::from_ref(&figure)),
            yitu::model::slide_items_markup(std::slice::from_ref(&item), std::slice::from_ref(&figure)),
            yitu::model::slide_chart_markup(&text, "", std::slice::from_ref(&figure)),
        ];
        for body in bodies {
            let html = yitu::model::slide_section_markup(&slide(SlideBody::Title), 2, 3, &body);
            // Only the markup's own tags: every `<` opens a tag the code writes.
            for tag in html.split('<').skip(1) {
                let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                prop_assert!(["section", "div", "p", "h2", "ul", "li", "span", "strong", "figure", "wbr"].contains(&name.as_str()), "<{} in {}", name, html);
            }
            // Attribute values never end early: every quote the text brings is escaped.
            prop_assert!(!html.contains("=\"\""), "{}", html);
            prop_assert!(html.contains(&yitu::model::escape(&kicker)), "the kicker, escaped");
            prop_assert!(html.contains(&yitu::model::escape(&title)), "the title, escaped");
        }
    }
}

/// Every target of the report under test: its anchor parses back to it, with and without `#`,
/// shared or not; each names an element of its own and resolves to the section that shows it.
#[test]
fn every_target_parses_back_from_its_anchor() {
    use yitu::model::{Shared, Target};
    let report = data::report_under_test();
    let targets = Target::all(&report);
    let sections = sections(&report);
    assert!(targets.len() > sections.len() * 2, "{}", targets.len());
    let mut anchors: Vec<String> = targets.iter().map(Target::anchor).collect();
    for (target, anchor) in targets.iter().zip(&anchors) {
        assert_eq!(Target::parse(&report, anchor).as_ref(), Some(target), "{anchor}");
        assert_eq!(
            Target::parse(&report, &format!("#{anchor}")).as_ref(),
            Some(target),
            "#{anchor}"
        );
        let shared = Shared::Target(target.clone());
        assert_eq!(Shared::parse(&report, &shared.fragment()), shared, "{anchor}");
        assert!(
            target.title(&report).is_some(),
            "{anchor} has the report's words for a title"
        );
        let open = target.section(&report);
        assert_eq!(
            open.is_none(),
            *target == Target::KeyFigures,
            "{anchor}: only the key figures are in no section"
        );
        assert!(open.is_none_or(|id| sections.iter().any(|s| s.id == id)), "{anchor}");
    }
    anchors.sort();
    let count = anchors.len();
    anchors.dedup();
    assert_eq!(anchors.len(), count, "no two targets share an anchor");
    let slides = yitu::model::slides(&report).len();
    for index in 0..slides {
        let shared = Shared::Slide(index);
        assert_eq!(Shared::parse(&report, &shared.fragment()), shared);
    }
    for beyond in [
        format!("slide-{}", slides + 1),
        "slide-0".into(),
        "slide-+1".into(),
        "slide-".into(),
    ] {
        assert_eq!(Shared::parse(&report, &beyond), Shared::Report, "{beyond}");
    }
}

proptest! {
    /// Known anchors with junk around them, or an item's number written otherwise: whatever parses
    /// is one of the report's own targets, never an id taken from the URL.
    #[test]
    fn whatever_parses_is_a_target_of_the_report(
        pick in 0usize..10_000,
        before in "[+\\-0#a-z<]{0,2}",
        after in "[+\\-0 a-z>]{0,2}",
    ) {
        use yitu::model::Target;
        let report = data::report_under_test();
        let all = Target::all(&report);
        let anchor = all[pick % all.len()].anchor();
        let number_written_otherwise = anchor.replace("-item-", &format!("-item-{before}"));
        for fragment in [format!("{before}{anchor}{after}"), number_written_otherwise] {
            if let Some(target) = Target::parse(&report, &fragment) {
                prop_assert!(all.contains(&target), "{} parsed to {:?}", fragment, target);
            }
        }
    }
}
