//! Embeds on the host: every block has a page (and a view that round-trips through its
//! attributes), the query yields only a plain Pym.js child id, the host's messages are parsed
//! totally (proptest: no panic on any input, round trip for real width messages), height messages
//! are valid in every format, and snippets escape whatever the report's titles contain.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::model::{
    embed_snippets, height_messages, json_string, own_height, parse_embed_query, parse_parent_message, pym_message,
    BlockKind, EmbedBlock, Model, Outgoing, ParentMessage,
};
use yitu::View;

#[test]
fn every_section_chart_and_the_key_figures_have_an_embed_page() {
    let model = Model::under_test();
    let report = model.report();
    let ids: Vec<String> = model.blocks().iter().map(|b| b.id.to_string()).collect();
    let sections = model.sections();
    let mut expected = vec!["key-figures"];
    expected.extend(sections.iter().map(|s| &*s.id));
    expected.extend(report.charts.iter().map(|c| &*c.id));
    assert_eq!(ids, expected);
    let views = View::all(&model);
    assert_eq!(
        views.len(),
        5 + ids.len(),
        "report, 404, deck, speaker view, share page, embeds"
    );
    for view in &views {
        let back = View::from_attributes(&model, view.as_attribute(), view.block());
        assert_eq!(
            back.as_ref(),
            Some(view),
            "{view:?} round-trips through data-view/data-block"
        );
    }
    assert_eq!(View::Embed("area-3".into()).output_path(), "embed/area-3/index.html");
    assert_eq!(View::Embed("area-3".into()).depth(), 2);
    assert_eq!(View::from_attributes(&model, "embed", Some("no-such-block")), None);
    assert_eq!(View::from_attributes(&model, "embed", None), None);
}

#[test]
fn the_query_yields_only_a_plain_child_id() {
    let q = |s: &str| parse_embed_query(s).child_id;
    assert_eq!(
        q("?initialWidth=960&childId=yitu-area-3&parentTitle=x&parentUrl=y"),
        Some("yitu-area-3".into())
    );
    assert_eq!(q("childId=a_b-1"), Some("a_b-1".into()));
    assert_eq!(q("?childId=%3Cscript%3E"), None);
    assert_eq!(q("?childId=<img>"), None);
    assert_eq!(q("?childId="), None);
    assert_eq!(q(&format!("?childId={}", "a".repeat(65))), None);
    assert_eq!(q("?childId=first&childId=second"), Some("first".into()));
    assert_eq!(q("?theme=dark"), None);
}

#[test]
fn height_messages_speak_pym_datawrapper_flourish_and_amp() {
    let messages = height_messages("area-3", Some("c"), 812, "https://example.org/embed/area-3/?a=\"b\"");
    assert_eq!(
        messages,
        vec![
            Outgoing::Text("pymxPYMxcxPYMxheightxPYMx812".into()),
            Outgoing::Object("{\"datawrapper-height\":{\"embed/area-3/\":812}}".into()),
            Outgoing::Text(
                "{\"sender\":\"yitu\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":812,\"src\":\"https://example.org/embed/area-3/?a=\\\"b\\\"\"}"
                    .into()
            ),
            Outgoing::Object("{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":812}".into()),
        ]
    );
    let without_pym = height_messages("area-3", None, 10, "");
    assert_eq!(without_pym.len(), 3);
    assert_eq!(
        without_pym[0],
        Outgoing::Object("{\"datawrapper-height\":{\"embed/area-3/\":10}}".into())
    );
}

#[test]
fn the_datawrapper_key_is_the_embeds_path_so_no_block_matches_another() {
    // Datawrapper's published listener sizes `iframe[src*=key]` without checking the sender: with
    // the bare id, `proposals` would also match `embed/proposals-count/`.
    let key = |id: &str| match &height_messages(id, None, 1, "")[0] {
        Outgoing::Object(json) => json.clone(),
        Outgoing::Text(text) => text.clone(),
    };
    assert_eq!(key("proposals"), "{\"datawrapper-height\":{\"embed/proposals/\":1}}");
    assert!(!"https://news.example/embed/proposals-count/".contains("embed/proposals/"));
}

#[test]
fn snippets_escape_titles_and_point_at_the_block() {
    let block = EmbedBlock {
        id: "area-3".into(),
        title: "“引号”<b>&'\"</script>".into(),
        kind: BlockKind::Section,
        anchor: "area-3".into(),
    };
    let pin = yitu::data::PageData::for_report(yitu::data::report_under_test()).loader;
    let s = embed_snippets(
        "https://example.org/r/",
        &block,
        &pin,
        BlockKind::Section.fallback_height(),
    );
    assert!(s.loader.starts_with(
        "<div data-yitu-embed=\"area-3\" data-yitu-title=\"“引号”&lt;b&gt;&amp;&#39;&quot;&lt;/script&gt;\">"
    ));
    let pinned = format!(
        "<script async src=\"https://example.org/r/{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        pin.file, pin.integrity
    );
    assert!(s.loader.ends_with(&pinned), "{}", s.loader);
    assert!(pin.file.starts_with("embed-") && pin.integrity.starts_with("sha384-"));
    assert!(s.iframe.contains("src=\"https://example.org/r/embed/area-3/\"") && s.iframe.contains("height=\"900\""));
    assert!(!s.pym.contains("</script>\"") && !s.pym[..s.pym.len() - "</script>".len()].contains("</script"));
    assert!(s
        .pym
        .contains("new pym.Parent(\"yitu-area-3\", \"https://example.org/r/embed/area-3/\""));
}

#[test]
fn the_dialog_reads_the_height_our_embed_pages_send_and_nothing_else() {
    for (height, child) in [(756, None), (1, Some("yitu-x")), (900_000, None)] {
        let texts: Vec<String> = height_messages(
            "key-figures",
            child,
            height,
            "https://example.org/r/embed/key-figures/?theme=dark",
        )
        .into_iter()
        .filter_map(|m| match m {
            Outgoing::Text(text) => Some(text),
            Outgoing::Object(_) => None,
        })
        .collect();
        let heard: Vec<u32> = texts.iter().filter_map(|t| own_height(t, "key-figures")).collect();
        assert_eq!(heard, [height], "one of the messages, read back");
        let other: Vec<u32> = texts.iter().filter_map(|t| own_height(t, "figures")).collect();
        assert_eq!(
            other,
            Vec::<u32>::new(),
            "not another block's (a late message after a change)"
        );
    }
    for other in [
        "",
        "{\"sender\":\"yitu\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":,\"src\":\"\"}",
        "{\"sender\":\"yitu\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":12",
        "{\"sender\":\"yitu\",\"context\":\"iframe.resize\",\"method\":\"resize\",\"height\":99999999999,\"src\":\"\"}",
        "pymxPYMxyitu-xxPYMxheightxPYMx756",
    ] {
        assert_eq!(own_height(other, "key-figures"), None, "{other}");
    }
}

proptest! {
    #[test]
    fn parent_messages_never_panic(data in ".*", child in "[a-z0-9-]{1,8}") {
        let _ = own_height(&data, &child);
        let _ = parse_parent_message(&data, &child);
        let _ = parse_embed_query(&data);
        let _ = json_string(&data);
    }

    #[test]
    fn pym_width_messages_round_trip(child in "[A-Za-z0-9_-]{1,64}", width in 0u32..100_000) {
        let message = pym_message(&child, "width", &width.to_string());
        prop_assert_eq!(parse_parent_message(&message, &child), Some(ParentMessage::Width(width)));
        prop_assert_eq!(parse_parent_message(&message, &format!("{child}x")), None, "another child's message");
        let height = pym_message(&child, "height", &width.to_string());
        prop_assert_eq!(parse_parent_message(&height, &child), None, "only width is understood");
    }

    #[test]
    fn json_strings_parse_back(text in ".*") {
        let literal = json_string(&text);
        prop_assert!(literal.starts_with('"') && literal.ends_with('"'));
        prop_assert!(!literal[1..literal.len() - 1].replace("\\\"", "").contains('"'));
        prop_assert!(!literal.chars().any(|c| (c as u32) < 0x20));
    }
}

#[test]
fn odd_widths_are_ignored() {
    for data in [
        "pymxPYMxcxPYMxwidthxPYMxNaN",
        "pymxPYMxcxPYMxwidthxPYMx-5",
        "pymxPYMxcxPYMxwidthxPYMx1e9",
        "pymxPYMxcxPYMxwidthxPYMx10xPYMx2",
        "pymxPYMxcxPYMxwidth",
        "",
    ] {
        assert_eq!(parse_parent_message(data, "c"), None, "{data}");
    }
    assert_eq!(
        parse_parent_message("pymxPYMxcxPYMxwidthxPYMx 640.4 ", "c"),
        Some(ParentMessage::Width(640))
    );
}
