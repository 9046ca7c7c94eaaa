#![cfg(not(target_arch = "wasm32"))]
//! Server-side rendering: every page renders on the host, and the report page carries the whole report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::text_of;

use yitu::model::Model;
use yitu::{data, View};

async fn render(view: View) -> String {
    yitu::site::render_view(&view, Model::under_test()).await
}

#[tokio::test]
async fn the_report_page_carries_every_line_of_the_report() {
    let html = render(View::Report).await;
    let text = text_of(&html);
    for line in Model::under_test().source_lines() {
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
    let model = Model::under_test();
    let sections = model.sections();
    assert_eq!(
        html.matches("class=\"expandable\"").count(),
        sections.len(),
        "each area, the tasks and the proposals"
    );
    let at = |id: &str| html.find(&format!("id=\"{id}\"")).unwrap();
    let tag_of = |at: usize| &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
    let (first, second) = (at(&sections[0].id), at(&sections[1].id));
    assert!(
        tag_of(first).contains(" open"),
        "the first area starts open: {}",
        tag_of(first)
    );
    assert!(
        !tag_of(second).contains(" open"),
        "the second starts closed: {}",
        tag_of(second)
    );
}

#[tokio::test]
async fn figures_are_emphasised_and_anchored() {
    let html = render(View::Report).await;
    let model = Model::under_test();
    let report = model.report();
    let figures = model.figures();
    for found in figures {
        assert!(
            html.contains(&format!("id=\"fig-{}\"", found.figure.id)),
            "{}",
            found.figure.id
        );
    }
    for id in report.meta.key_figures.iter() {
        assert!(
            html.contains(&format!("href=\"#fig-{id}\"")),
            "the key figure {id} links to its item"
        );
    }
    let emphasised = html.matches("class=\"figure\"").count();
    assert_eq!(emphasised, figures.len(), "every figure is emphasised in its item");
}

#[tokio::test]
async fn the_not_found_page_leads_back_to_the_report() {
    let html = render(View::NotFound).await;
    assert!(html.contains("没有找到这个页面"));
    let back = data::report_under_test()
        .site
        .public_url
        .map_or("./".to_owned(), |url| url.to_string());
    assert!(html.contains(&format!("href=\"{back}\"")), "{back}");
    assert!(!html.contains("<details"));
}

#[tokio::test]
async fn the_not_found_page_links_to_the_public_url_when_one_is_set() {
    use std::rc::Rc;
    use yitu::pages::{NotFoundPage, NotFoundPageProps};
    let mut report = data::report_under_test();
    report.site.public_url = Some(Rc::from("https://example.org/reports/2023/"));
    let model = Model::new(Rc::new(report));
    let html = yew::LocalServerRenderer::<NotFoundPage>::with_props(NotFoundPageProps { model })
        .render()
        .await;
    assert!(html.contains("href=\"https://example.org/reports/2023/\""), "{html}");
}

#[tokio::test]
async fn a_different_report_renders_through_the_same_code() {
    use std::rc::Rc;
    let fixture = include_str!("fixtures/synthetic-report.toml");
    let report = data::parse_toml(fixture).unwrap();
    assert_eq!(data::validate(&report), vec![]);
    let model = Model::new(Rc::new(report));
    let report = model.report();
    let lines: Vec<String> = model.source_lines().iter().map(|l| l.to_string()).collect();
    let sections = report.review.areas.len() + 2;
    assert_eq!(
        report.review.areas.len(),
        4,
        "the fixture has four areas, not this year's five"
    );
    let html = yitu::site::render_view(&View::Report, model.clone()).await;
    let text = text_of(&html);
    for line in &lines {
        assert!(text.contains(line.as_str()), "missing: {line}");
    }
    assert!(
        !text.contains("北碚"),
        "nothing of this year's report leaks into another report"
    );
    assert_eq!(
        html.matches("class=\"expandable\"").count(),
        sections,
        "each area, the tasks and the proposals"
    );
    for written in ["46.8", "12.25", "98.6", "2.5"] {
        assert!(
            html.contains(&format!(">{written}<")),
            "the decimal {written} is shown as written"
        );
    }
}

/// The synthetic report without its part three (a work report published without a report on
/// proposals) and without a public address: its own fixture file, so `cargo xtask test` can build
/// it and embed it in news pages from wherever it is served.
fn without_proposals() -> data::Report {
    let report = data::parse_toml(include_str!("fixtures/no-proposals-report.toml")).unwrap();
    let mut synthetic = data::parse_toml(include_str!("fixtures/synthetic-report.toml")).unwrap();
    assert!(synthetic.proposals.take().is_some());
    assert!(synthetic.site.public_url.take().is_some());
    assert_eq!(
        report, synthetic,
        "the synthetic report, less its part three and its address"
    );
    report
}

#[tokio::test]
async fn a_report_without_the_proposals_part_renders_embeds_presents_and_shares() {
    use std::rc::Rc;
    let model = Model::new(Rc::new(without_proposals()));
    let report = model.report();
    assert!(report.proposals.is_none());
    assert_eq!(data::validate(report), vec![]);
    let sections = model.sections();
    assert_eq!(sections.len(), report.review.areas.len() + 1, "the areas and the tasks");
    let views = View::all(&model);
    assert!(views.contains(&View::Embed(Rc::from(report.tasks.id.as_ref()))));
    assert!(!views.iter().any(|v| v.block() == Some("proposals")));
    let deck = model.slides();
    for view in views {
        let html = yitu::site::render_view(&view, model.clone()).await;
        let text = text_of(&html);
        assert!(!text.contains("虚构提案"), "{view:?} shows no proposals");
        match view {
            View::Report => {
                assert_eq!(html.matches("class=\"expandable\"").count(), sections.len());
                for line in model.source_lines() {
                    assert!(text.contains(line), "missing: {line}");
                }
            }
            View::Present => {
                assert_eq!(
                    html.matches("aria-roledescription=\"幻灯片\"").count(),
                    deck.len(),
                    "every slide"
                );
                assert!(text.contains(report.tasks.heading.as_ref()));
            }
            View::Share => assert!(text.contains("分享"), "the share page renders"),
            View::Embed(id) if id.as_ref() == report.tasks.id.as_ref() => {
                assert!(text.contains(report.tasks.requirements.as_ref()));
            }
            _ => assert!(!text.is_empty(), "{view:?} renders"),
        }
    }
}

#[tokio::test]
async fn footer_details_appear_only_when_the_data_sets_them() {
    use std::rc::Rc;
    let render = |report: data::Report| async move {
        text_of(&yitu::site::render_view(&View::Report, Model::new(Rc::new(report))).await)
    };
    let mut bare = data::report_under_test();
    bare.site.organizer = None;
    bare.site.icp_record = None;
    bare.site.police_record = None;
    bare.site.site_code = None;
    let plain = render(bare.clone()).await;
    for label in ["主办单位", "备案号", "网站标识码"] {
        assert!(!plain.contains(label), "{label} shown though not set");
    }
    let mut report = bare;
    report.site.organizer = Some(Rc::from("某主办单位"));
    report.site.icp_record = Some(Rc::from("某ICP备00000000号"));
    let with = render(report).await;
    assert!(with.contains("主办单位：某主办单位"));
    assert!(with.contains("ICP备案号：某ICP备00000000号"));
    assert!(!with.contains("网站标识码"));
}

/// Every element id the pages render is a target's anchor or one of the pages' own ids
/// (`PAGE_ELEMENT_IDS`, which no section may take), so validation's list of taken ids is complete.
#[tokio::test]
async fn every_id_the_pages_render_is_a_targets_or_the_pages_own() {
    use yitu::model::{Target, PAGE_ELEMENT_IDS};
    let model = Model::under_test();
    let mut anchors: Vec<String> = Target::all(&model).iter().map(Target::anchor).collect();
    anchors.push(model.report().review.id.to_string());
    for view in model.charts() {
        let anchor = yitu::model::chart_anchor(&view.id);
        let parts = [
            yitu::model::CHART_TITLE_SUFFIX,
            yitu::model::CHART_CANVAS_SUFFIX,
            yitu::model::CHART_DESCRIPTION_SUFFIX,
            yitu::model::CHART_TABLE_SUFFIX,
        ];
        anchors.extend(parts.iter().map(|part| format!("{anchor}{part}")));
        anchors.extend((0..view.figures.len()).map(|n| format!("{anchor}{}{n}", yitu::model::CHART_BAR_INFIX)));
    }
    let mut own = std::collections::BTreeSet::new();
    for view in View::all(&model) {
        let html = yitu::site::render_view(&view, model.clone()).await;
        for id in html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()) {
            if !anchors.iter().any(|a| a == id) {
                own.insert(id.to_owned());
            }
        }
    }
    let unlisted: Vec<&String> = own
        .iter()
        .filter(|id| !PAGE_ELEMENT_IDS.contains(&id.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "ids of the pages' own not in PAGE_ELEMENT_IDS: {unlisted:?}"
    );
}

#[tokio::test]
async fn every_block_on_the_report_page_links_its_embed_code_on_its_share_page_and_nothing_else_does() {
    let model = Model::under_test();
    let html = render(View::Report).await;
    let embeds: Vec<&str> = html
        .split("<a ")
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .filter(|tag| tag.contains("embed-open"))
        .map(|tag| tag.split("href=\"").nth(1).unwrap().split('"').next().unwrap())
        .collect();
    let expected: Vec<String> = model
        .blocks()
        .iter()
        .map(|b| yitu::model::embed_path(&b.anchor))
        .collect();
    let mut sorted = embeds.iter().map(|e| e.to_string()).collect::<Vec<_>>();
    sorted.sort();
    let mut all = expected.clone();
    all.sort();
    assert_eq!(sorted, all, "one 嵌入 link per block");
    for path in &expected {
        let fragment = path.split_once('#').unwrap().1;
        let target = yitu::model::share_target(&model, fragment);
        let block = target.block(&model).unwrap();
        assert_eq!(block.anchor, fragment, "the share page finds the block {fragment}");
    }
    // Neither the whole report, an item nor a slide has embed code.
    for fragment in ["", "area-1-item-1", "slide-1", "nothing"] {
        assert!(
            yitu::model::share_target(&model, fragment).block(&model).is_none(),
            "{fragment:?}"
        );
    }
    assert!(!html.contains("embed-dialog"), "the report page carries no 嵌入 dialog");
}

#[test]
fn only_the_exact_embed_query_leads_the_share_page_with_the_code() {
    assert!(yitu::model::wants_embed(yitu::model::EMBED_QUERY));
    for query in ["", "?", "?embed=1", "?EMBED", "?x&embed", "?embed#x", "embed"] {
        assert!(!yitu::model::wants_embed(query), "{query:?}");
    }
}

#[tokio::test]
async fn with_a_public_address_each_section_ends_with_its_printed_qr_code_and_without_one_none() {
    use std::rc::Rc;
    let base = "https://example.org/reports/2023/";
    let mut report = data::report_under_test();
    report.site.public_url = None;
    let without = yitu::site::render_view(&View::Report, Model::new(Rc::new(report.clone()))).await;
    assert!(!without.contains("section-code"), "no address, no code");
    report.site.public_url = Some(Rc::from(base));
    let model = Model::new(Rc::new(report));
    let html = yitu::site::render_view(&View::Report, model.clone()).await;
    assert_eq!(
        html.matches("class=\"print-only section-code\"").count(),
        model.sections().len()
    );
    for section in model.sections() {
        let file = yitu::model::section_code_file(&section.id);
        assert!(html.contains(&format!("src=\"{file}\"")), "{file}");
        assert!(
            html.contains(&format!("{base}#{}", section.id)),
            "{}'s address",
            section.id
        );
    }
    assert_eq!(
        html.matches("loading=\"lazy\"").count(),
        model.sections().len(),
        "fetched only to print"
    );
}

#[tokio::test]
async fn the_report_page_carries_its_overview_body_and_each_sections_content_where_each_starts() {
    let html = render(View::Report).await;
    let model = Model::under_test();
    let host = "<div class=\"part-host\">";
    assert_eq!(
        html.matches(host).count(),
        3 + model.sections().len(),
        "the top bar, the overview, the body and each section's content"
    );
    let main = html.find("<main").unwrap();
    let overview = html.find("<section id=\"overview\"").unwrap();
    let first_host = main + html[main..].find(host).unwrap();
    let between = &html[first_host + host.len()..overview];
    assert!(
        first_host < overview
            && between
                .split("-->")
                .all(|marker| marker.is_empty() || marker.starts_with("<!--")),
        "the overview starts at the top of the main text, in a host of its own: {between}"
    );
    assert!(
        html.contains(&format!("<div class=\"report-layout\">{host}")),
        "the body starts in the layout"
    );
    for section in model.sections() {
        let at = html.find(&format!("id=\"{}\"", section.id)).unwrap();
        let body = at + html[at..].find("class=\"expandable-body\">").unwrap();
        let inside = &html[body + "class=\"expandable-body\">".len()..];
        assert!(
            inside.starts_with(host),
            "{}'s content is a part of its own",
            section.id
        );
        // What the part shows is there before it starts: the section's last item, say.
        let last = &section.items().last().unwrap().text;
        let end = inside.find("</details>").unwrap();
        assert!(
            text_of(&inside[..end]).contains(last.as_ref()),
            "{}: {last}",
            section.id
        );
    }
}
