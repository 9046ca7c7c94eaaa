//! Charts on the host: every chart the data declares renders, with its marks, every label, no NaN
//! and no empty text; drawing is deterministic (so it can be prerendered and hydrated).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::texts;

use yitu::charts::{render_bars, BarSpec};
use yitu::data::{self, ChartKind};
use yitu::model::chart_views;

#[test]
fn every_bar_chart_in_the_data_renders_its_marks_and_labels() {
    let report = data::embedded();
    let views = chart_views(&report);
    assert_eq!(views.len(), report.charts.len(), "every chart resolves");
    let bars: Vec<_> = views.iter().filter(|v| v.chart.kind == ChartKind::Bars).collect();
    assert_eq!(bars.len(), 3);
    for view in bars {
        let spec = BarSpec::from_view(view);
        for width in [360, 720, 1600] {
            let rendered = render_bars(&spec, width).unwrap();
            let svg = &rendered.svg;
            assert_eq!(
                svg.matches("<rect").count(),
                view.figures.len(),
                "{}: one rect per figure",
                view.chart.id
            );
            assert_eq!(rendered.marks.len(), view.figures.len());
            let texts = texts(svg);
            for figure in &view.figures {
                assert!(
                    texts.contains(&figure.label.to_string()),
                    "{}: label {}",
                    view.chart.id,
                    figure.label
                );
                assert!(
                    texts.contains(&figure.phrase()),
                    "{}: value {}",
                    view.chart.id,
                    figure.phrase()
                );
            }
            assert!(!svg.contains("NaN") && texts.iter().all(|t| !t.is_empty()));
            assert!(
                svg.contains("var(--chart-bar)") && !svg.contains("#010203"),
                "themed through CSS variables"
            );
            assert_eq!(render_bars(&spec, width).unwrap(), rendered, "deterministic");
        }
    }
}

#[test]
fn bars_are_proportional_to_the_values_the_report_states() {
    let report = data::embedded();
    let view = chart_views(&report)
        .into_iter()
        .find(|v| v.chart.id.as_ref() == "public-opinion")
        .unwrap();
    let rendered = render_bars(&BarSpec::from_view(&view), 720).unwrap();
    let widths: Vec<f64> = rendered
        .svg
        .split("<rect")
        .skip(1)
        .map(|r| {
            let w = r.split("width=\"").nth(1).unwrap();
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    let values = [598.0, 423.0, 238.0, 98.0];
    for (w, v) in widths.iter().zip(values) {
        assert!((w / widths[0] - v / 598.0).abs() < 0.01, "{w} for {v}");
    }
}

#[test]
fn descriptions_quote_the_report_verbatim_and_notes_keep_their_unit() {
    let report = data::embedded();
    let views = chart_views(&report);
    let publicity = views.iter().find(|v| v.chart.id.as_ref() == "publicity").unwrap();
    assert_eq!(
        publicity.description,
        "组织宣传报道459篇次，其中市级以上媒体刊载88篇次，人民日报客户端、人民政协报刊载6篇。"
    );
    assert_eq!(publicity.notes.len(), 1);
    assert_eq!(publicity.notes[0].phrase(), "6篇");
    let proposals = views.iter().find(|v| v.chart.id.as_ref() == "proposals-count").unwrap();
    assert_eq!(proposals.section_id, "proposals");
    assert_eq!(
        proposals.description,
        report.proposals.as_ref().unwrap().summary.text.as_ref()
    );
}

#[test]
fn a_bad_spec_is_an_error_not_a_panic() {
    let spec = BarSpec {
        labels: vec!["甲".into()],
        values: vec![],
        value_texts: vec![],
        unit: "件".into(),
    };
    assert!(render_bars(&spec, 360).is_err());
}
