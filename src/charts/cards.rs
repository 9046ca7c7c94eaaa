//! Figure cards as one picture, for taking away (PNG, SVG): each figure in its own box with its own
//! number and unit and the report's words for it, never on a shared axis. The page itself shows
//! these figures as HTML cards; this drawing exists for the downloads and long images.

use super::{drawn, ChartError, MarkBox, Rendered, TableRow};
#[cfg(feature = "plotters")]
use plotters::prelude::*;
#[cfg(feature = "plotters")]
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One card per figure, each with its own unit.
#[derive(Debug, Clone, PartialEq)]
pub struct CardSpec {
    pub rows: Vec<TableRow>,
}

const PADDING: i32 = 8;
const GAP: i32 = 12;
const INSET: i32 = 14;
/// Requested sizes; plotters writes them ÷ 1.24 (numbers about 35 px, labels about 16 px).
#[cfg_attr(not(feature = "plotters"), allow(dead_code))]
const NUMBER_FONT: f64 = 44.0;
#[cfg_attr(not(feature = "plotters"), allow(dead_code))]
const LABEL_FONT: f64 = 20.0;
const NUMBER_LINE: i32 = 44;
const LABEL_LINE: i32 = 24;
/// A Chinese character is as wide as the text is tall; labels wrap by that measure, never by
/// measuring text, so the host and the browser wrap alike.
const LABEL_CHAR_WIDTH: i32 = 17;

/// A label broken into lines of at most `per_line` characters.
fn wrap(label: &str, per_line: usize) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    chars.chunks(per_line.max(1)).map(|c| c.iter().collect()).collect()
}

/// Where each card goes at `width`: one column on phones, two from 560 px.
pub fn layout_cards(spec: &CardSpec, width: u32) -> Result<(u32, u32, Vec<MarkBox>), ChartError> {
    if spec.rows.is_empty() {
        return Err(ChartError("没有可以显示的数字".to_owned()));
    }
    let width = width.clamp(240, 2000) as i32;
    let columns = if width >= 560 { 2 } else { 1 };
    let card_width = (width - PADDING * 2 - GAP * (columns - 1)) / columns;
    let per_line = ((card_width - INSET * 2) / LABEL_CHAR_WIDTH).max(1) as usize;
    let most_lines = spec
        .rows
        .iter()
        .map(|row| wrap(&row.label, per_line).len())
        .max()
        .unwrap_or(1) as i32;
    let card_height = INSET * 2 + NUMBER_LINE + 6 + most_lines * LABEL_LINE;
    let marks: Vec<MarkBox> = spec
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (column, line) = ((i as i32) % columns, (i as i32) / columns);
            MarkBox {
                label: row.label.clone(),
                value_text: format!("{}{}", row.value_text, row.unit),
                bar_length: 0,
                x: PADDING + column * (card_width + GAP),
                y: PADDING + line * (card_height + GAP),
                width: card_width,
                height: card_height,
            }
        })
        .collect();
    let lines = (spec.rows.len() as i32 + columns - 1) / columns;
    let height = PADDING * 2 + lines * card_height + (lines - 1) * GAP;
    Ok((width as u32, height as u32, marks))
}

/// Draws the cards at `width` SVG pixels.
pub fn render_cards(spec: &CardSpec, width: u32) -> Result<Rendered, ChartError> {
    drawn(layout_cards(spec, width)?, draw)
}

#[cfg(not(feature = "plotters"))]
use super::without_plotters as draw;

#[cfg(feature = "plotters")]
fn draw(marks: &[MarkBox], width: u32, height: u32) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let fail = |e: DrawingAreaErrorKind<_>| ChartError(e.to_string());
        let text = RGBColor(4, 5, 6);
        let top_left = Pos::new(HPos::Left, VPos::Top);
        let number_style = TextStyle::from(("sans-serif", NUMBER_FONT).into_font().style(FontStyle::Bold))
            .color(&RGBColor(1, 2, 3))
            .pos(top_left);
        let label_style = TextStyle::from(("sans-serif", LABEL_FONT).into_font())
            .color(&text)
            .pos(top_left);
        for mark in marks {
            let frame = Rectangle::new(
                [(mark.x, mark.y), (mark.x + mark.width, mark.y + mark.height)],
                RGBColor(7, 8, 9).stroke_width(2),
            );
            root.draw(&frame).map_err(fail)?;
            let (x, y) = (mark.x + INSET, mark.y + INSET);
            root.draw(&Text::new(mark.value_text.clone(), (x, y), number_style.clone()))
                .map_err(fail)?;
            let per_line = ((mark.width - INSET * 2) / LABEL_CHAR_WIDTH).max(1) as usize;
            for (n, line) in wrap(&mark.label, per_line).into_iter().enumerate() {
                let at = (x, y + NUMBER_LINE + 6 + n as i32 * LABEL_LINE);
                root.draw(&Text::new(line, at, label_style.clone())).map_err(fail)?;
            }
        }
        root.present().map_err(fail)?;
    }
    Ok(svg)
}
