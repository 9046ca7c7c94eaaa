//! Charts on the host: every chart the data declares renders, with its marks, every label, no NaN
//! and no empty text; drawing is deterministic (so it can be prerendered and hydrated).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::texts;

use yitu::charts::{render_bars, BarSpec};
use yitu::data::ChartKind;
use yitu::model::Model;

#[test]
fn every_bar_chart_in_the_data_renders_its_marks_and_labels() {
    let model = Model::under_test();
    let report = model.report();
    let views = model.charts();
    assert_eq!(views.len(), report.charts.len(), "every chart resolves");
    let bars: Vec<_> = views.iter().filter(|v| v.chart.kind == ChartKind::Bars).collect();
    assert!(!bars.is_empty(), "the report has bar charts");
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
    let model = Model::under_test();
    for view in model.charts().iter().filter(|v| v.chart.kind == ChartKind::Bars) {
        let rendered = render_bars(&BarSpec::from_view(view), 720).unwrap();
        let widths: Vec<f64> = rendered
            .svg
            .split("<rect")
            .skip(1)
            .map(|r| {
                let w = r.split("width=\"").nth(1).unwrap();
                w[..w.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        let values: Vec<f64> = view.figures.iter().map(|f| f.value.magnitude()).collect();
        let largest = values.iter().copied().fold(0.0, f64::max);
        let widest = widths.iter().copied().fold(0.0, f64::max);
        for (w, v) in widths.iter().zip(&values) {
            assert!(
                (w / widest - v / largest).abs() < 0.01,
                "{}: {w} for {v}",
                view.chart.id
            );
        }
    }
}

#[test]
fn descriptions_quote_the_report_verbatim_and_notes_keep_their_unit() {
    let model = Model::under_test();
    for view in model.charts() {
        // The description is the text of the items that state the chart's figures, verbatim.
        let stating: Vec<&str> = model
            .figures()
            .iter()
            .filter(|r| view.figures.iter().any(|f| f.id == r.figure.id))
            .map(|r| &*r.item.text)
            .collect();
        assert!(
            stating.iter().all(|text| view.description.contains(text)),
            "{}",
            view.chart.id
        );
        let section = &model.figure(&view.figures[0].id).unwrap().section;
        assert_eq!(&view.section, section, "shown in the section of its first figure");
        for note in &view.notes {
            assert!(
                view.figures.iter().all(|f| f.unit != note.unit),
                "a note is in another unit"
            );
            assert!(
                view.description.contains(&note.phrase()),
                "{}: the note as written",
                view.chart.id
            );
        }
    }
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
