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

#[test]
fn a_word_in_a_collapsed_section_is_found_with_its_context_and_opens_it() {
    let report = data::embedded();
    let hits = search(&report, "双评议");
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(hit.section_id.as_deref(), Some("area-3"));
    assert!(hit.section_heading.starts_with("三、"));
    assert_eq!(
        format!("{}{}{}", hit.before, hit.matched, hit.after),
        "理“回头看”协商，制定提案工作“双评议”试行办法。"
    );
    let target = resolve_fragment(&report, &hit.anchor).unwrap();
    assert_eq!(target.open_section.as_deref(), Some("area-3"));
}

#[test]
fn figures_and_chart_titles_are_found_too() {
    let report = data::embedded();
    let hits = search(&report, "598件");
    assert_eq!(hits.len(), 1);
    let chart = search(&report, "社情民意信息");
    assert!(chart.iter().any(|h| h.anchor == "chart-public-opinion"));
    assert!(chart.len() >= 2);
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
    let mut anchors: Vec<String> = ["。", "，", "政协"]
        .iter()
        .flat_map(|q| search(&report, q))
        .map(|h| h.anchor)
        .collect();
    for query in ["满意率", "两会特别报道", "一图读懂"] {
        anchors.extend(search(&report, query).into_iter().map(|h| h.anchor));
    }
    anchors.sort();
    anchors.dedup();
    assert!(anchors.len() > 20);
    for anchor in anchors {
        assert!(html.contains(&format!("id=\"{anchor}\"")), "no element #{anchor}");
        assert!(
            resolve_fragment(&report, &anchor).is_some() || ["review", "main"].contains(&anchor.as_str()),
            "{anchor}"
        );
    }
}
