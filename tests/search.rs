//! Search on the host: finds text in collapsed sections and in figures, by Chinese substring
//! (no segmentation), in page order with context; every hit's anchor exists on the rendered page
//! and opens its section; nothing is found for an empty query.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;
use yitu::data;
use yitu::model::{resolve_fragment, search, source_lines, MOST_HITS};
use yitu::{App, AppProps, View};

async fn report_page() -> String {
    let props = AppProps {
        view: View::Report,
        report: Rc::new(data::embedded()),
    };
    yew::LocalServerRenderer::<App>::with_props(props).render().await
}

/// A piece of the text that occurs once in the whole report: the first three characters of
/// `text`, from its start onwards, found nowhere else.
fn unique_piece(report: &data::Report, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .map(|w| w.iter().collect::<String>())
        .find(|piece| search(report, piece).len() == 1)
        .unwrap()
}

#[test]
fn a_word_in_a_collapsed_section_is_found_with_its_context_and_opens_it() {
    let report = data::embedded();
    // The last item of the last section, closed at start.
    let last = yitu::model::sections(&report).pop().unwrap();
    let item = last
        .lines(&report)
        .into_iter()
        .rev()
        .find(|l| l.item.is_some())
        .unwrap();
    let piece = unique_piece(&report, item.text);
    let hits = search(&report, &piece);
    let hit = &hits[0];
    assert_eq!(hit.section_id.as_deref(), Some(last.id.as_ref()));
    assert_eq!(hit.section_heading, last.heading);
    assert_eq!(hit.matched, piece);
    let context = format!("{}{}{}", hit.before, hit.matched, hit.after);
    assert!(item.text.contains(&context), "{context} is the item's own words");
    let target = resolve_fragment(&report, &hit.anchor).unwrap();
    assert_eq!(target.open_section.as_deref(), Some(last.id.as_ref()));
}

#[test]
fn figures_and_chart_titles_are_found_too() {
    let report = data::embedded();
    for found in yitu::model::all_figures(&report) {
        let written = format!("{}{}", found.figure.number_text(), found.figure.unit);
        assert!(!search(&report, &written).is_empty(), "{written}");
    }
    for chart in report.charts.iter() {
        let hits = search(&report, &chart.title);
        assert!(
            hits.iter().any(|h| h.anchor == format!("chart-{}", chart.id)),
            "{}",
            chart.title
        );
    }
}

#[test]
fn every_line_of_the_report_can_be_found() {
    let report = data::embedded();
    for line in source_lines(&report) {
        let probe: String = line.chars().take(6).collect();
        let hits = search(&report, &probe);
        assert!(!hits.is_empty(), "{probe}");
    }
    assert!(search(&report, "").is_empty() && search(&report, "   ").is_empty());
    assert!(search(&report, "不存在的词语").is_empty());
    assert!(search(&report, "的").len() <= MOST_HITS);
}

#[tokio::test]
async fn every_hit_leads_to_an_element_of_the_page() {
    let report = data::embedded();
    let html = report_page().await;
    let mut queries: Vec<String> = ["。", "，"].map(String::from).to_vec();
    queries.extend([report.meta.banner.to_string(), report.meta.title.to_string()]);
    queries.extend(report.charts.iter().map(|c| c.title.to_string()));
    let mut anchors: Vec<String> = queries
        .iter()
        .flat_map(|q| search(&report, q))
        .map(|h| h.anchor)
        .collect();
    anchors.sort();
    anchors.dedup();
    assert!(anchors.len() > yitu::model::sections(&report).len());
    for anchor in anchors {
        assert!(html.contains(&format!("id=\"{anchor}\"")), "no element #{anchor}");
        assert!(
            resolve_fragment(&report, &anchor).is_some() || ["review", "main"].contains(&anchor.as_str()),
            "{anchor}"
        );
    }
}
