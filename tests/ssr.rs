#![cfg(not(target_arch = "wasm32"))]
//! Server-side rendering: every page renders on the host, and the report page carries the whole report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use yew::ServerRenderer;
use yitu::model::source_lines;
use yitu::{data, App, AppProps, View};

async fn render(view: View) -> String {
    ServerRenderer::<App>::with_props(move || AppProps { view })
        .render()
        .await
}

/// The visible text of rendered HTML: tags and comments removed, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn the_report_page_carries_every_line_of_the_report() {
    let html = render(View::Report).await;
    let text = text_of(&html);
    let report = data::embedded();
    let lines = source_lines(&report);
    assert_eq!(lines.len(), 99);
    for line in lines {
        assert!(text.contains(line), "missing from the rendered page: {line}");
    }
}

#[tokio::test]
async fn the_report_page_has_one_h1_landmarks_and_the_first_area_open() {
    let html = render(View::Report).await;
    assert_eq!(html.matches("<h1").count(), 1);
    for landmark in ["<header", "<main", "<footer"] {
        assert!(html.contains(landmark), "{landmark}");
    }
    assert_eq!(
        html.matches("<details").count(),
        7,
        "five areas, the tasks and the proposals"
    );
    let area1 = html.find("id=\"area-1\"").unwrap();
    let area2 = html.find("id=\"area-2\"").unwrap();
    let tag_of = |at: usize| &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
    assert!(tag_of(area1).contains(" open"), "area-1 starts open: {}", tag_of(area1));
    assert!(
        !tag_of(area2).contains(" open"),
        "area-2 starts closed: {}",
        tag_of(area2)
    );
}

#[tokio::test]
async fn figures_are_emphasised_and_anchored() {
    let html = render(View::Report).await;
    assert!(html.contains("id=\"fig-study-sessions\""));
    assert!(html.contains("href=\"#fig-proposals-total\""));
    let emphasised = html.matches("class=\"figure\"").count();
    assert_eq!(emphasised, 39, "every figure is emphasised in its item");
}

#[tokio::test]
async fn the_not_found_page_leads_back_to_the_report() {
    let html = render(View::NotFound).await;
    assert!(html.contains("没有找到这个页面"));
    assert!(html.contains("href=\"./\""));
    assert!(!html.contains("<details"));
}

#[tokio::test]
async fn the_not_found_page_links_to_the_public_url_when_one_is_set() {
    use std::rc::Rc;
    use yitu::pages::{NotFoundPage, NotFoundPageProps};
    let mut report = data::embedded();
    report.site.public_url = Some(Rc::from("https://example.org/reports/2023/"));
    let report = Rc::new(report);
    let html = yew::LocalServerRenderer::<NotFoundPage>::with_props(NotFoundPageProps { report })
        .render()
        .await;
    assert!(html.contains("href=\"https://example.org/reports/2023/\""), "{html}");
}
