//! Property tests for the URL fragment parser: total on any input, and exact on every known id.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::data;
use yitu::model::{chart_anchor, figure_anchor, resolve_fragment, Model, KEY_FIGURES_ID};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_resolves_without_panicking(fragment in any::<String>()) {
        let model = Model::under_test();
        if let Some(target) = resolve_fragment(&model, &fragment) {
            // Whatever resolves names an element the page has, never text taken from the URL.
            let known = model.sections().iter().any(|s| *s.id == *target.anchor)
                || model.figures().iter().any(|f| figure_anchor(&f.figure.id) == target.anchor)
                || model.charts().iter().any(|c| chart_anchor(&c.chart.id) == target.anchor)
                || target.anchor == KEY_FIGURES_ID;
            prop_assert!(known, "{:?} resolved to unknown anchor {:?}", fragment, target.anchor);
        }
    }

    #[test]
    fn markup_and_junk_around_a_known_id_is_rejected(prefix in "[<>\"'%\\x00 a-z]{1,8}", suffix in "[<>\"'%\\x00 ]{1,8}") {
        let model = Model::under_test();
        prop_assert_eq!(resolve_fragment(&model, &format!("{prefix}area-1")), None);
        prop_assert_eq!(resolve_fragment(&model, &format!("area-1{suffix}")), None);
    }
}

#[test]
fn every_section_and_figure_id_round_trips_with_and_without_the_hash() {
    let model = Model::under_test();
    for section in model.sections() {
        for fragment in [section.id.to_string(), format!("#{}", section.id)] {
            let target = resolve_fragment(&model, &fragment).unwrap();
            assert_eq!(target.anchor, *section.id);
            assert_eq!(target.open_section.as_ref(), Some(&section.id));
        }
    }
    for view in model.charts() {
        let target = resolve_fragment(&model, &chart_anchor(&view.chart.id)).unwrap();
        assert_eq!(target.open_section.as_ref(), Some(&view.section));
    }
    for found in model.figures() {
        let anchor = figure_anchor(&found.figure.id);
        let target = resolve_fragment(&model, &format!("#{anchor}")).unwrap();
        assert_eq!(target.anchor, anchor);
        assert_eq!(target.open_section.as_ref(), Some(&found.section));
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
        let model = Model::new(Rc::new(report));
        let tiles = model.tiles();
        let all = [
            yitu::model::tiles_markup(tiles),
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
        // Figure cards (the key figures) and 目录's links, from the same hostile label and heading.
        let figure = &model.report().review.areas[0].groups[0].items[0].figures[0];
        let cards = yitu::model::figure_cards_markup([figure], "https://example.test/?a=1&b=\"2\"");
        let links = yitu::model::page_links_markup([(model.sections()[0].id.as_str(), heading.as_str())]);
        for html in [&cards, &links] {
            for tag in html.split('<').skip(1) {
                let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                prop_assert!(["li", "a", "span", "wbr"].contains(&name.as_str()), "<{} in {}", name, html);
            }
        }
        prop_assert!(cards.contains(&yitu::model::phrased(&label)), "the label, escaped: {}", cards);
        prop_assert!(cards.contains("href=\"https://example.test/?a=1&amp;b=&quot;2&quot;#"), "{}", cards);
        prop_assert!(links.contains(&yitu::model::escape(&heading)), "the heading, escaped: {}", links);
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
        let model = Model::under_test();
        let mut figure = model.figures()[0].figure.clone();
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
    let model = Model::under_test();
    let targets = Target::all(&model);
    let sections = model.sections();
    assert!(targets.len() > sections.len() * 2, "{}", targets.len());
    let mut anchors: Vec<String> = targets.iter().map(Target::anchor).collect();
    for (target, anchor) in targets.iter().zip(&anchors) {
        assert_eq!(Target::parse(&model, anchor).as_ref(), Some(target), "{anchor}");
        assert_eq!(
            Target::parse(&model, &format!("#{anchor}")).as_ref(),
            Some(target),
            "#{anchor}"
        );
        let shared = Shared::Target(target.clone());
        assert_eq!(Shared::parse(&model, &shared.fragment()), shared, "{anchor}");
        assert!(
            target.title(&model).is_some(),
            "{anchor} has the report's words for a title"
        );
        let open = target.section(&model);
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
    let slides = model.slides().len();
    for index in 0..slides {
        let shared = Shared::Slide(index);
        assert_eq!(Shared::parse(&model, &shared.fragment()), shared);
    }
    for beyond in [
        format!("slide-{}", slides + 1),
        "slide-0".into(),
        "slide-+1".into(),
        "slide-".into(),
    ] {
        assert_eq!(Shared::parse(&model, &beyond), Shared::Report, "{beyond}");
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
        let model = Model::under_test();
        let all = Target::all(&model);
        let anchor = all[pick % all.len()].anchor();
        let number_written_otherwise = anchor.replace("-item-", &format!("-item-{before}"));
        for fragment in [format!("{before}{anchor}{after}"), number_written_otherwise] {
            if let Some(target) = Target::parse(&model, &fragment) {
                prop_assert!(all.contains(&target), "{} parsed to {:?}", fragment, target);
            }
        }
    }
}

/// A section or chart id as a data file may write one: plain words, or words of the fragments' own
/// grammar, the page's own ids and numbers, joined by single hyphens.
fn tricky_id() -> impl Strategy<Value = String> {
    let words = [
        "area", "item", "chart", "fig", "slide", "key", "figures", "main", "overview", "search", "review", "title",
        "table", "bar", "1", "2", "3",
    ];
    let tricky = prop::collection::vec(prop::sample::select(words.to_vec()), 1..=3).prop_map(|w| w.join("-"));
    prop_oneof![2 => "[a-z]{1,8}(-[a-z0-9]{1,3}){0,2}", 1 => tricky]
}

/// The fixtures (this year's data is `tests/dataset.rs`'s to name) with their ids replaced.
fn with_ids(proposals: bool, sections: &[String], charts: &[String]) -> data::Report {
    use std::rc::Rc;
    let text = if proposals {
        include_str!("fixtures/synthetic-report.toml")
    } else {
        include_str!("fixtures/no-proposals-report.toml")
    };
    let mut report = data::parse_toml(text).unwrap();
    let mut ids = sections.iter().map(|id| Rc::from(id.as_str()));
    let mut areas = report.review.areas.to_vec();
    for area in &mut areas {
        area.id = ids.next().unwrap();
    }
    report.review.areas = Rc::from(areas);
    report.review.id = ids.next().unwrap();
    report.tasks.id = ids.next().unwrap();
    if let Some(p) = report.proposals.as_mut() {
        p.id = ids.next().unwrap();
    }
    let mut all = report.charts.to_vec();
    for (chart, id) in all.iter_mut().zip(charts) {
        chart.id = Rc::from(id.as_str());
    }
    report.charts = Rc::from(all);
    report
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever ids a report's sections and charts have, either the report is refused (an id the
    /// page or the fragments' grammar already use, or a repeat) or every one of its targets parses
    /// back from its anchor, and no two elements of the page (targets, charts' parts, the page's
    /// own) share an id.
    #[test]
    fn every_target_of_any_valid_report_parses_back_from_its_anchor(
        proposals in any::<bool>(),
        sections in prop::collection::vec(tricky_id(), 8),
        mut charts in prop::collection::vec(tricky_id(), 8),
        part in prop::sample::select(vec!["", "-title", "-table", "-canvas", "-description", "-bar-0", "-bar-1"]),
    ) {
        // A chart's id may be another's with a part's name after it.
        if !part.is_empty() {
            charts[1] = format!("{}{part}", charts[0]);
        }
        use yitu::model::{
            Shared, Target, CHART_BAR_INFIX, CHART_CANVAS_SUFFIX, CHART_DESCRIPTION_SUFFIX, CHART_TABLE_SUFFIX,
            CHART_TITLE_SUFFIX, PAGE_ELEMENT_IDS,
        };
        let report = with_ids(proposals, &sections, &charts);
        if !data::validate(&report).is_empty() {
            return Ok(());
        }
        let model = Model::new(std::rc::Rc::new(report));
        let targets = Target::all(&model);
        let mut anchors: Vec<String> = targets.iter().map(Target::anchor).collect();
        for (target, anchor) in targets.iter().zip(&anchors) {
            prop_assert_eq!(Target::parse(&model, anchor), Some(target.clone()), "{}", anchor);
            let shared = Shared::Target(target.clone());
            prop_assert_eq!(Shared::parse(&model, &shared.fragment()), shared);
        }
        anchors.extend(PAGE_ELEMENT_IDS.iter().map(|id| id.to_string()));
        anchors.push(model.report().review.id.to_string());
        for view in model.charts() {
            let anchor = chart_anchor(&view.id);
            let parts = [CHART_TITLE_SUFFIX, CHART_CANVAS_SUFFIX, CHART_DESCRIPTION_SUFFIX, CHART_TABLE_SUFFIX];
            anchors.extend(parts.iter().map(|part| format!("{anchor}{part}")));
            anchors.extend((0..view.figures.len()).map(|n| format!("{anchor}{CHART_BAR_INFIX}{n}")));
        }
        let count = anchors.len();
        anchors.sort();
        anchors.dedup();
        prop_assert_eq!(anchors.len(), count, "no two elements share an id");
    }
}
