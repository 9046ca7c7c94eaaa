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
/// Requested sizes; plotters writes them ÷ 1.24 (numbers about 35 px, their units and labels about
/// 16 px: the number bold and large, its unit smaller, as on every surface).
#[cfg_attr(not(feature = "plotters"), allow(dead_code))]
const NUMBER_FONT: f64 = 44.0;
#[cfg_attr(not(feature = "plotters"), allow(dead_code))]
const LABEL_FONT: f64 = 20.0;
const NUMBER_LINE: i32 = 44;
/// The accent strip along a card's top.
const STRIP: i32 = 5;
const LABEL_LINE: i32 = 24;
/// A Chinese character is as wide as the text is tall; labels wrap by that measure, never by
/// measuring text, so the host and the browser wrap alike.
const LABEL_CHAR_WIDTH: i32 = 17;

/// A label broken into lines of at most `per_line` characters.
fn wrap(label: &str, per_line: usize) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    chars.chunks(per_line.max(1)).map(|c| c.iter().collect()).collect()
}

/// Where each card goes at `width`: one column on phones, two from 360 px, three from 600 px (the
/// width of chart files), as in the pictures.
pub fn layout_cards(spec: &CardSpec, width: u32) -> Result<(u32, u32, Vec<MarkBox>), ChartError> {
    if spec.rows.is_empty() {
        return Err(ChartError("没有可以显示的数字".to_owned()));
    }
    let width = width.clamp(240, 2000) as i32;
    let columns = match width {
        600.. => 3,
        360.. => 2,
        _ => 1,
    }
    .min(spec.rows.len().max(1) as i32);
    let card_width = (width - PADDING * 2 - GAP * (columns - 1)) / columns;
    let per_line = ((card_width - INSET * 2) / LABEL_CHAR_WIDTH).max(1) as usize;
    let most_lines = spec
        .rows
        .iter()
        .map(|row| wrap(&row.label, per_line).len())
        .max()
        .unwrap_or(1) as i32;
    let card_height = STRIP + INSET * 2 + NUMBER_LINE + 6 + most_lines * LABEL_LINE;
    let marks: Vec<MarkBox> = spec
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let (column, line) = ((i as i32) % columns, (i as i32) / columns);
            MarkBox {
                label: row.label.clone(),
                value_text: format!("{}{}", row.value_text, row.unit),
                unit_at: row.value_text.len(),
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
        let root = super::svg_backend::SvgBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let fail = |e: DrawingAreaErrorKind<_>| ChartError(e.to_string());
        let text = RGBColor(4, 5, 6);
        let top_left = Pos::new(HPos::Left, VPos::Top);
        let number_style = TextStyle::from(("sans-serif", NUMBER_FONT).into_font().style(FontStyle::Bold))
            .color(&RGBColor(1, 2, 3))
            .pos(top_left);
        let label_style = TextStyle::from(("sans-serif", LABEL_FONT).into_font())
            .color(&text)
            .pos(top_left);
        let unit_style = TextStyle::from(("sans-serif", LABEL_FONT).into_font().style(FontStyle::Bold))
            .color(&RGBColor(1, 2, 3))
            .pos(Pos::new(HPos::Left, VPos::Bottom));
        for mark in marks {
            let frame = Rectangle::new(
                [(mark.x, mark.y), (mark.x + mark.width, mark.y + mark.height)],
                RGBColor(7, 8, 9).stroke_width(1),
            );
            root.draw(&frame).map_err(fail)?;
            let strip = Rectangle::new(
                [(mark.x, mark.y), (mark.x + mark.width, mark.y + STRIP)],
                RGBColor(1, 2, 3).filled(),
            );
            root.draw(&strip).map_err(fail)?;
            let (x, y) = (mark.x + INSET, mark.y + STRIP + INSET);
            let (number, unit) = mark
                .value_text
                .split_at_checked(mark.unit_at)
                .unwrap_or((&mark.value_text, ""));
            root.draw(&Text::new(number.to_owned(), (x, y), number_style.clone()))
                .map_err(fail)?;
            // The unit after the number, placed by the same estimate text is wrapped by.
            let unit_x = x + super::text_width(number, (NUMBER_FONT / 1.24) as f32).round() as i32 + 4;
            root.draw(&Text::new(
                unit.to_owned(),
                (unit_x, y + NUMBER_LINE - 6),
                unit_style.clone(),
            ))
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
