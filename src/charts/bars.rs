//! Horizontal bars on one axis, for figures in one unit: each label on its own line above its bar
//! (long Chinese labels stay whole on a phone), the value as the report writes it at the bar's end.

use super::{drawn, ChartError, MarkBox, Rendered, TableRow};
#[cfg(feature = "plotters")]
use plotters::prelude::*;
#[cfg(feature = "plotters")]
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar per figure, all in `unit`.
#[derive(Debug, Clone, PartialEq)]
pub struct BarSpec {
    pub labels: Vec<String>,
    /// Sizes for drawing (the text shown is `value_texts`).
    pub values: Vec<f64>,
    /// The number as written ("100余"), per bar.
    pub value_texts: Vec<String>,
    pub unit: String,
}

impl BarSpec {
    /// The bars of a chart view: its figures' labels, values and unit (one unit, as validated).
    pub fn from_view(view: &crate::model::ChartView) -> BarSpec {
        BarSpec {
            labels: view.figures.iter().map(|f| f.label.to_string()).collect(),
            values: view.figures.iter().map(|f| f.value.magnitude()).collect(),
            value_texts: view.figures.iter().map(|f| f.number_text()).collect(),
            unit: view.figures.first().map(|f| f.unit.to_string()).unwrap_or_default(),
        }
    }

    /// The bars as table rows.
    pub fn rows(&self) -> Vec<TableRow> {
        self.labels
            .iter()
            .zip(&self.value_texts)
            .map(|(label, value_text)| TableRow {
                label: label.clone(),
                value_text: value_text.clone(),
                unit: self.unit.clone(),
            })
            .collect()
    }
}

const PADDING: i32 = 8;
const LABEL_HEIGHT: i32 = 28;

/// How tall the bars are and the space between rows: generous on the page, where each bar is also
/// a touch target; compact in the pictures for WeChat, where every pixel of height counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarRows {
    Page,
    Picture,
}

impl BarRows {
    fn bar(self) -> i32 {
        match self {
            BarRows::Page => 28,
            BarRows::Picture => 16,
        }
    }

    fn gap(self) -> i32 {
        match self {
            BarRows::Page => 16,
            BarRows::Picture => 10,
        }
    }
}
/// Room after the longest bar for its value.
const VALUE_ROOM: i32 = 96;
/// Requested text size; plotters writes it ÷ 1.24, so labels come out at about 16 px.
#[cfg_attr(not(feature = "plotters"), allow(dead_code))]
const FONT: f64 = 20.0;

/// Where each bar goes at `width`, and the drawing's height (which does not depend on the width):
/// arithmetic only, so the page can lay out hit targets without drawing.
pub fn layout_bars(spec: &BarSpec, width: u32) -> Result<(u32, u32, Vec<MarkBox>), ChartError> {
    layout_bar_rows(spec, width, BarRows::Page)
}

/// [`layout_bars`] with the given rows.
pub fn layout_bar_rows(spec: &BarSpec, width: u32, rows: BarRows) -> Result<(u32, u32, Vec<MarkBox>), ChartError> {
    let row = LABEL_HEIGHT + rows.bar() + rows.gap();
    let n = spec.values.len();
    if n == 0 || spec.labels.len() != n || spec.value_texts.len() != n {
        return Err(ChartError("柱子、标签和数值的数目不一致".to_owned()));
    }
    let width = width.clamp(160, 2000);
    let height = (PADDING * 2 + row * n as i32 - rows.gap()) as u32;
    let max = spec
        .values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let max = if max > 0.0 { max } else { 1.0 };
    let track = width as i32 - PADDING * 2 - VALUE_ROOM;
    let marks = spec
        .labels
        .iter()
        .zip(&spec.values)
        .zip(&spec.value_texts)
        .enumerate()
        .map(|(i, ((label, &value), value_text))| {
            let share = if value.is_finite() {
                (value / max).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let length = (share * f64::from(track)).round() as i32;
            let length = if share > 0.0 { length.max(2) } else { 0 };
            MarkBox {
                label: label.clone(),
                value_text: format!("{value_text}{}", spec.unit),
                unit_at: value_text.len(),
                bar_length: length,
                x: PADDING,
                y: PADDING + row * i as i32,
                // The hit target covers the label, the bar and its value.
                width: (length + 8 + VALUE_ROOM).min(width as i32 - PADDING * 2),
                height: LABEL_HEIGHT + rows.bar(),
            }
        })
        .collect();
    Ok((width, height, marks))
}

/// Draws the bars at `width` SVG pixels (the height follows from the number of bars).
pub fn render_bars(spec: &BarSpec, width: u32) -> Result<Rendered, ChartError> {
    drawn(layout_bars(spec, width)?, draw)
}

/// [`render_bars`] with the given rows.
pub fn render_bar_rows(spec: &BarSpec, width: u32, rows: BarRows) -> Result<Rendered, ChartError> {
    drawn(layout_bar_rows(spec, width, rows)?, draw)
}

#[cfg(not(feature = "plotters"))]
use super::without_plotters as draw;

#[cfg(feature = "plotters")]
fn draw(marks: &[MarkBox], width: u32, height: u32) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = super::svg_backend::SvgBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let fail = |e: DrawingAreaErrorKind<_>| ChartError(e.to_string());
        let text = RGBColor(4, 5, 6);
        let label_style = TextStyle::from(("sans-serif", FONT).into_font())
            .color(&text)
            .pos(Pos::new(HPos::Left, VPos::Top));
        let value_style = TextStyle::from(("sans-serif", FONT).into_font().style(FontStyle::Bold))
            .color(&text)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for mark in marks {
            root.draw(&Text::new(
                mark.label.as_str(),
                (mark.x + 6, mark.y),
                label_style.clone(),
            ))
            .map_err(fail)?;
            let bar_top = mark.y + LABEL_HEIGHT;
            let bar_height = mark.height - LABEL_HEIGHT;
            let bar_end = mark.x + mark.bar_length;
            let bar = Rectangle::new(
                [(mark.x, bar_top), (bar_end, bar_top + bar_height)],
                RGBColor(1, 2, 3).filled(),
            );
            root.draw(&bar).map_err(fail)?;
            let value_at = (bar_end + 8, bar_top + bar_height / 2);
            root.draw(&Text::new(mark.value_text.clone(), value_at, value_style.clone()))
                .map_err(fail)?;
        }
        let axis = PathElement::new(
            vec![(PADDING, PADDING), (PADDING, height as i32 - PADDING)],
            RGBColor(7, 8, 9).stroke_width(2),
        );
        root.draw(&axis).map_err(fail)?;
        root.present().map_err(fail)?;
    }
    Ok(svg)
}
