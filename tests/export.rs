//! Charts taken away, on the host: every declared chart (bars and cards) renders for export with
//! every figure, a standalone SVG with concrete colours, the title and the source, and a CSV that
//! matches the dataset exactly; hostile colours never reach the SVG.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::texts;

use yitu::charts::{layout_cards, standalone_svg, table_csv, ChartSpec, Palette, EXPORT_WIDTH};
use yitu::data::ChartKind;
use yitu::model::Model;

#[test]
fn every_declared_chart_exports_as_a_standalone_svg_with_every_figure() {
    let model = Model::under_test();
    let report = model.report();
    let source = report.meta.sources.join("、");
    for view in model.charts() {
        let spec = ChartSpec::from_view(view);
        let rendered = spec.render(EXPORT_WIDTH).unwrap();
        let file = standalone_svg(&rendered, &view.chart.title, &source, &Palette::default());
        let svg = &file.svg;
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{}",
            view.chart.id
        );
        assert!(
            !svg.contains("var(--") && !svg.contains("NaN"),
            "{}: colours resolved",
            view.chart.id
        );
        assert_eq!(file.height, rendered.height + 84);
        let texts = texts(svg);
        assert!(texts.iter().all(|t| !t.is_empty()));
        assert_eq!(texts.first().unwrap(), view.chart.title.as_ref());
        assert_eq!(texts.last().unwrap(), &format!("资料来源：{source}"));
        let joined = texts.concat();
        for figure in &view.figures {
            assert!(
                joined.contains(&figure.phrase()),
                "{}: {}",
                view.chart.id,
                figure.phrase()
            );
            assert!(
                joined.contains(figure.label.as_ref()),
                "{}: {}",
                view.chart.id,
                figure.label
            );
        }
        if view.chart.kind == ChartKind::Cards {
            assert_eq!(
                svg.matches("<rect").count(),
                2 * view.figures.len() + 1,
                "a frame and a strip per card"
            );
        }
    }
}

#[test]
fn the_csv_carries_a_bom_and_exactly_the_dataset_numbers() {
    let model = Model::under_test();
    for view in model.charts() {
        let csv = table_csv(&ChartSpec::from_view(view).rows());
        assert!(csv.starts_with("\u{feff}项目,数值,单位\r\n"));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
        let expected: Vec<String> = view
            .figures
            .iter()
            .map(|f| format!("{},{},{}", f.label, f.number_text(), f.unit))
            .collect();
        assert_eq!(lines, expected, "{}", view.chart.id);
    }
}

#[test]
fn csv_fields_with_commas_or_quotes_are_quoted() {
    let rows = [yitu::charts::TableRow {
        label: "甲,“乙\"".into(),
        value_text: "1".into(),
        unit: "件".into(),
    }];
    assert_eq!(table_csv(&rows), "\u{feff}项目,数值,单位\r\n\"甲,“乙\"\"\",1,件\r\n");
}

#[test]
fn csv_cells_that_start_like_a_formula_are_text_to_a_spreadsheet() {
    let row = |label: &str| yitu::charts::TableRow {
        label: label.into(),
        value_text: "1".into(),
        unit: "件".into(),
    };
    let rows = [
        "=1+2",
        "+SUM(A1)",
        "-2+3",
        "@cmd",
        "\t=1",
        "=HYPERLINK(\"x\",\"y\")",
        "采用=1",
    ]
    .map(row);
    let lines: Vec<String> = table_csv(&rows).lines().skip(1).map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            "'=1+2,1,件",
            "'+SUM(A1),1,件",
            "'-2+3,1,件",
            "'@cmd,1,件",
            "'\t=1,1,件",
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1,件",
            "采用=1,1,件",
        ]
    );
}

#[test]
fn hostile_colours_fall_back_and_text_is_escaped() {
    let model = Model::under_test();
    let view = model.charts().iter().next().unwrap();
    let rendered = ChartSpec::from_view(view).render(EXPORT_WIDTH).unwrap();
    let palette = Palette {
        bar: "red\"/><script>".into(),
        text: "url(x)".into(),
        ..Palette::default()
    };
    let file = standalone_svg(&rendered, "<b>标题</b>", "来源&", &palette);
    assert!(!file.svg.contains("<script") && !file.svg.contains("<b>"));
    assert!(file.svg.contains("&lt;b&gt;标题&lt;/b&gt;") && file.svg.contains("来源&amp;"));
    assert!(file.svg.contains(&Palette::default().bar));
}

#[test]
fn cards_wrap_long_labels_without_measuring_and_grow_columns_on_wide_screens() {
    let spec = yitu::charts::CardSpec {
        rows: (0..3)
            .map(|i| yitu::charts::TableRow {
                label: "很长的标签".repeat(i + 1),
                value_text: "5".into(),
                unit: "个".into(),
            })
            .collect(),
    };
    let columns = |marks: &[yitu::charts::MarkBox]| {
        let mut xs: Vec<i32> = marks.iter().map(|m| m.x).collect();
        xs.sort_unstable();
        xs.dedup();
        xs.len()
    };
    let (_, narrow_height, narrow) = layout_cards(&spec, 320).unwrap();
    let (_, middle_height, middle) = layout_cards(&spec, 360).unwrap();
    let (_, wide_height, wide) = layout_cards(&spec, EXPORT_WIDTH).unwrap();
    assert_eq!(columns(&narrow), 1, "one column on a narrow phone");
    assert_eq!(columns(&middle), 2, "two from 360 px");
    assert_eq!(columns(&wide), 3, "three at the width of chart files");
    assert!(wide_height < middle_height && middle_height < narrow_height);
    // The unit follows the number, in the same string, after it.
    assert!(wide.iter().all(|m| &m.value_text[m.unit_at..] == "个"));
    assert!(layout_cards(&yitu::charts::CardSpec { rows: vec![] }, 360).is_err());
}
