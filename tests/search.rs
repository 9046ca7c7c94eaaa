//! Search on the host: finds text in collapsed sections and in figures, by Chinese substring
//! (no segmentation), in page order with context; every hit's anchor exists on the rendered page
//! and opens its section; nothing is found for an empty query.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::model::{resolve_fragment, search, snippet_bounds, Model, MOST_HITS};
use yitu::View;

async fn report_page() -> String {
    yitu::site::render_view(&View::Report, Model::under_test()).await
}

/// A piece of the text that occurs once in the whole report: the first three characters of
/// `text`, from its start onwards, found nowhere else.
fn unique_piece(model: &Model, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .map(|w| w.iter().collect::<String>())
        .find(|piece| search(model, piece).len() == 1)
        .unwrap()
}

#[test]
fn a_word_in_a_collapsed_section_is_found_with_its_context_and_opens_it() {
    let model = Model::under_test();
    // The last item of the last section, closed at start.
    let last = model.sections().last().unwrap();
    let item = last.lines().into_iter().rev().find(|l| l.item.is_some()).unwrap();
    let piece = unique_piece(&model, item.text);
    let hits = search(&model, &piece);
    let hit = &hits[0];
    assert_eq!(hit.section_id.as_ref(), Some(&last.id));
    assert_eq!(hit.section_heading, last.heading);
    assert_eq!(hit.matched, piece);
    let context = format!("{}{}{}", hit.before, hit.matched, hit.after);
    assert_eq!(
        (hit.cut_before, hit.cut_after),
        (!item.text.starts_with(&context), !item.text.ends_with(&context))
    );
    assert!(item.text.contains(&context), "{context} is the item's own words");
    let target = resolve_fragment(&model, &hit.anchor).unwrap();
    assert_eq!(target.open_section.as_deref(), Some(last.id.as_ref()));
}

#[test]
fn figures_and_chart_titles_are_found_too() {
    let model = Model::under_test();
    let report = model.report();
    for found in model.figures() {
        let written = format!("{}{}", found.figure.number_text(), found.figure.unit);
        assert!(!search(&model, &written).is_empty(), "{written}");
    }
    for chart in report.charts.iter() {
        let hits = search(&model, &chart.title);
        assert!(
            hits.iter().any(|h| h.anchor == format!("chart-{}", chart.id)),
            "{}",
            chart.title
        );
    }
}

#[test]
fn every_line_of_the_report_can_be_found() {
    let model = Model::under_test();
    for line in model.source_lines() {
        let probe: String = line.chars().take(6).collect();
        let hits = search(&model, &probe);
        assert!(!hits.is_empty(), "{probe}");
    }
    assert!(search(&model, "").is_empty() && search(&model, "   ").is_empty());
    assert!(search(&model, "不存在的词语").is_empty());
    assert!(search(&model, "的").len() <= MOST_HITS);
}

#[tokio::test]
async fn every_hit_leads_to_an_element_of_the_page() {
    let model = Model::under_test();
    let report = model.report();
    let html = report_page().await;
    let mut queries: Vec<String> = ["。", "，"].map(String::from).to_vec();
    queries.extend([report.meta.banner.to_string(), report.meta.title.to_string()]);
    queries.extend(report.charts.iter().map(|c| c.title.to_string()));
    let mut anchors: Vec<String> = queries
        .iter()
        .flat_map(|q| search(&model, q))
        .map(|h| h.anchor)
        .collect();
    anchors.sort();
    anchors.dedup();
    assert!(anchors.len() > model.sections().len());
    for anchor in anchors {
        assert!(html.contains(&format!("id=\"{anchor}\"")), "no element #{anchor}");
        assert!(
            resolve_fragment(&model, &anchor).is_some() || ["review", "main"].contains(&anchor.as_str()),
            "{anchor}"
        );
    }
}

/// Part of a number as the report writes one (as the search's own rule, written out again here so
/// the test does not take the rule from the code it checks).
fn in_number(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || ".．,%％‰百千万亿余多".contains(c)
}

/// Whether cutting `chars` between `at - 1` and `at` splits a number.
fn splits(chars: &[char], at: usize) -> bool {
    at > 0 && at < chars.len() && in_number(chars[at - 1]) && in_number(chars[at])
}

/// The context `snippet_bounds` gives the match `at..end` of `text`, checked: it holds the match and
/// cuts no number.
fn context_of(text: &str, at: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, stop) = snippet_bounds(&chars, at, end);
    assert!(
        start <= at && end <= stop && stop <= chars.len(),
        "{text}: {start}..{stop}"
    );
    assert!(
        !splits(&chars, start) && !splits(&chars, stop),
        "{text}: {start}..{stop}"
    );
    chars[start..stop].iter().collect()
}

#[test]
fn a_context_never_starts_or_ends_inside_a_number() {
    // Made-up sentences shaped like the report's (numbers near both ends of a context).
    let line = "全年共收到来件587件，经审查立案316件，采用412件，报送上级249件，其中重点来件17件。";
    let find = |needle: &str| {
        let chars: Vec<char> = line.chars().collect();
        let n: Vec<char> = needle.chars().collect();
        let at = chars.windows(n.len()).position(|w| w == n.as_slice()).unwrap();
        context_of(line, at, at + n.len())
    };
    for needle in ["587", "316", "412", "249", "87", "1", "件"] {
        let context = find(needle);
        assert!(line.contains(&context), "{needle}: {context}");
    }
    // A pause right beside the match does not empty the context.
    let after_pause = "第一句很长很长很长很长很长很长的话，587件";
    let chars: Vec<char> = after_pause.chars().collect();
    let context = context_of(after_pause, chars.len() - 4, chars.len());
    assert!(context.chars().count() > 4 + 8, "{context}");
    // A match inside a number gets the whole number.
    assert!(find("87").contains("587"), "{}", find("87"));
    // 万, 亿, 余 and decimals stay with their digits.
    let long = "这是一段用于测试的很长很长很长的句子，数字是30万字与46.8亿元与100余件与1300多万人与1,200亩，后面还有很长很长很长很长的文字";
    let chars: Vec<char> = long.chars().collect();
    for at in 0..chars.len() {
        for end in at + 1..(at + 4).min(chars.len()) {
            context_of(long, at, end);
        }
    }
}

proptest! {
    #[test]
    fn any_context_holds_its_match_and_cuts_no_number(
        text in "[0-9万亿余件，。.的年a]{0,60}",
        from in 0usize..60,
        len in 1usize..6,
    ) {
        let count = text.chars().count();
        let at = from.min(count);
        let end = (at + len).min(count);
        context_of(&text, at, end);
    }
}

#[test]
fn every_hit_for_a_figure_shows_whole_numbers_only() {
    let model = Model::under_test();
    let lines = model.source_lines();
    for found in model.figures() {
        let written = found.figure.number_text();
        for hit in search(&model, &written) {
            let context = format!("{}{}{}", hit.before, hit.matched, hit.after);
            let whole = lines.iter().any(|line| {
                let chars: Vec<char> = line.chars().collect();
                let c: Vec<char> = context.chars().collect();
                (0..=chars.len().saturating_sub(c.len()))
                    .filter(|&at| chars[at..].starts_with(&c))
                    .any(|at| !splits(&chars, at) && !splits(&chars, at + c.len()))
            });
            assert!(whole || hit.anchor.starts_with("chart-"), "{written}: {context}");
        }
    }
}
