//! Laying out a picture for WeChat: rows of wrapped text (see `wrap`), figure cards and charts
//! stacked at phone width, then cut between rows into parts small enough for every browser to
//! rasterise.

use super::wrap::wrap;
use super::{ChartError, ChartSpec, Palette};
use crate::model::escape;
use std::fmt::Write;

/// The picture's width in CSS pixels (a phone's); it is rasterised at `IMAGE_SCALE`.
pub const IMAGE_WIDTH: u32 = 375;
/// Device pixels per CSS pixel of the PNG: 375 × 2 = 750 px, the width WeChat articles use.
pub const IMAGE_SCALE: u32 = 2;
/// iOS WebKit returns a blank canvas beyond either side 4096 × 16384 or 16 megapixels: each part
/// stays within both.
pub const MOST_PIXELS: u32 = 16_000_000;
pub const MOST_PART_PIXEL_HEIGHT: u32 = 16_384;
pub const MOST_PART_PIXEL_WIDTH: u32 = 4_096;

const MARGIN: u32 = 20;
const PAD: u32 = 24;
const CONTENT: u32 = IMAGE_WIDTH - 2 * MARGIN;
/// Paragraphs longer than this many lines are cut into several rows, so parts can break there.
const MOST_LINES_PER_ROW: usize = 24;

/// The tallest a part may be, in CSS pixels.
pub fn most_part_height() -> u32 {
    let by_pixels = MOST_PIXELS / (IMAGE_WIDTH * IMAGE_SCALE);
    by_pixels.min(MOST_PART_PIXEL_HEIGHT) / IMAGE_SCALE
}

/// One image of a picture: an SVG document, its size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct ImagePart {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The reader's theme colours and font scale (1 for 标准, larger for 大 and 特大).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageStyle {
    pub palette: Palette,
    pub scale: f32,
}

/// How a line of text looks.
#[derive(Debug, Clone, Copy)]
pub enum Tone {
    Title,
    Banner,
    Heading,
    SubHeading,
    Body,
    Small,
}

struct Row {
    height: u32,
    svg: String,
}

/// A picture being laid out, row by row.
pub struct Composer {
    palette: Palette,
    scale: f32,
    rows: Vec<Row>,
}

impl Composer {
    pub fn new(style: &ImageStyle) -> Composer {
        Composer {
            palette: style.palette.clone().sanitised(),
            scale: style.scale.clamp(1.0, 2.0),
            rows: Vec::new(),
        }
    }

    fn look(&self, tone: Tone) -> (f32, &'static str, &str) {
        let p = &self.palette;
        let (size, weight, colour) = match tone {
            Tone::Title => (24.0, "bold", &p.text),
            Tone::Banner => (15.0, "normal", &p.bar),
            Tone::Heading => (19.0, "bold", &p.bar),
            Tone::SubHeading => (16.0, "bold", &p.text),
            Tone::Body => (16.0, "normal", &p.text),
            Tone::Small => (13.0, "normal", &p.axis),
        };
        (size * self.scale, weight, colour)
    }

    /// A paragraph, wrapped, followed by `gap` pixels.
    pub fn text(&mut self, text: &str, tone: Tone, gap: u32) {
        let (size, weight, colour) = self.look(tone);
        let colour = colour.to_owned();
        let step = (size * 1.6).round() as u32;
        let lines = wrap(text, size, CONTENT as f32);
        let chunks: Vec<_> = lines.chunks(MOST_LINES_PER_ROW).collect();
        for (n, chunk) in chunks.iter().enumerate() {
            let mut svg = format!("<text font-size=\"{size:.0}\" font-weight=\"{weight}\" fill=\"{colour}\">");
            for (i, line) in chunk.iter().enumerate() {
                let baseline = step * i as u32 + (size * 1.15).round() as u32;
                let _ = write!(svg, "<tspan x=\"{MARGIN}\" y=\"{baseline}\">{}</tspan>", escape(line));
            }
            svg.push_str("</text>");
            let last = n + 1 == chunks.len();
            let height = step * chunk.len() as u32 + if last { gap } else { 0 };
            self.rows.push(Row { height, svg });
        }
    }

    /// Figures as cards two to a row: the number and unit large, the report's label below.
    pub fn figures(&mut self, figures: &[(String, String)]) {
        let (number_size, _, accent) = self.look(Tone::Title);
        let number_size = number_size * 1.2;
        let (label_size, _, text) = self.look(Tone::Small);
        let (accent, text) = (accent.to_owned(), text.to_owned());
        let column = (CONTENT - 12) / 2;
        for pair in figures.chunks(2) {
            let wrapped: Vec<_> = pair
                .iter()
                .map(|(_, l)| wrap(l, label_size, column as f32 - 16.0))
                .collect();
            let most = wrapped.iter().map(Vec::len).max().unwrap_or(1) as u32;
            let label_step = (label_size * 1.5).round() as u32;
            let height = (number_size * 1.5).round() as u32 + label_step * most + 16;
            let mut svg = String::new();
            for (i, ((number, _), lines)) in pair.iter().zip(&wrapped).enumerate() {
                let x = MARGIN + i as u32 * (column + 12);
                let _ = write!(
                    svg,
                    "<rect x=\"{x}\" y=\"0\" width=\"{column}\" height=\"{height}\" rx=\"8\" fill=\"none\" stroke=\"{accent}\"/><text x=\"{tx}\" y=\"{ny:.0}\" font-size=\"{number_size:.0}\" font-weight=\"bold\" fill=\"{accent}\">{}</text><text font-size=\"{label_size:.0}\" fill=\"{text}\">",
                    escape(number),
                    tx = x + 8,
                    ny = number_size * 1.25,
                );
                for (k, line) in lines.iter().enumerate() {
                    let y =
                        (number_size * 1.5).round() as u32 + label_step * k as u32 + (label_size * 0.9).round() as u32;
                    let _ = write!(svg, "<tspan x=\"{}\" y=\"{y}\">{}</tspan>", x + 8, escape(line));
                }
                svg.push_str("</text>");
            }
            self.rows.push(Row {
                height: height + 12,
                svg,
            });
        }
    }

    /// A chart drawn at the content width, in the palette's colours, followed by `gap` pixels.
    pub fn chart(&mut self, spec: &ChartSpec, gap: u32) -> Result<(), ChartError> {
        let rendered = spec.render(CONTENT)?;
        let svg = self
            .palette
            .resolve(&rendered.svg)
            .replacen("<svg ", &format!("<svg x=\"{MARGIN}\" y=\"0\" "), 1);
        self.rows.push(Row {
            height: rendered.height + gap,
            svg,
        });
        Ok(())
    }

    /// The picture, cut between rows into parts no taller than `most_part_height`.
    pub fn parts(self) -> Vec<ImagePart> {
        let most = most_part_height();
        let mut groups: Vec<Vec<Row>> = vec![Vec::new()];
        let mut used = 2 * PAD;
        for row in self.rows {
            let full = groups.last().is_some_and(|g| !g.is_empty());
            if full && used + row.height > most {
                groups.push(Vec::new());
                used = 2 * PAD;
            }
            used += row.height;
            if let Some(group) = groups.last_mut() {
                group.push(row);
            }
        }
        let background = self.palette.background;
        groups
            .into_iter()
            .filter(|g| !g.is_empty())
            .map(|rows| {
                let height = (2 * PAD + rows.iter().map(|r| r.height).sum::<u32>()).min(most);
                let mut svg = format!(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{IMAGE_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {IMAGE_WIDTH} {height}\" font-family=\"sans-serif\"><rect width=\"100%\" height=\"100%\" fill=\"{background}\"/>"
                );
                let mut y = PAD;
                for row in rows {
                    let _ = write!(svg, "<g transform=\"translate(0 {y})\">{}</g>", row.svg);
                    y += row.height;
                }
                svg.push_str("</svg>");
                ImagePart {
                    svg,
                    width: IMAGE_WIDTH,
                    height,
                }
            })
            .collect()
    }
}
