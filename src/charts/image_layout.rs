//! Laying out a picture for WeChat as a designed poster, in the page's tokens: a header block in
//! the band colour, section labels, section bands (badge, icon, heading), figure cards two or three
//! a row (as many as fit), bullet lists, charts, paragraphs and a QR code, stacked at phone width
//! and cut between rows into parts small enough for every browser to rasterise. Text is wrapped by
//! counting characters (`wrap`), never measured, so the host and the browser lay out alike.

use super::qr::qr_path;
use super::wrap::{text_width, wrap, wrap_phrases};
use super::{ChartError, ChartSpec, Palette, FONT_STACK};
use crate::data::icons;
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
/// Space between cards, and between a row of cards and the next.
const GUTTER: u32 = 10;
/// A card's text starts this far in from its sides.
const CARD_INSET: u32 = 8;
/// The room a panel leaves around what it holds.
const PANEL_PAD: f32 = 8.0;
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

/// How a paragraph looks.
#[derive(Debug, Clone, Copy)]
pub enum Tone {
    /// A section's heading when it has no band (a section picture's parts).
    Heading,
    /// A sub-heading of the report, in the accent colour, as on the page.
    Group,
    /// A chart's title.
    SubHeading,
    Body,
    /// Sources and addresses.
    Small,
}

/// A figure as a card: the number as written, its unit, the report's words for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub number: String,
    pub unit: String,
    pub label: String,
}

/// A section's band: its numbering's numeral (if any) as a badge, its icon, its heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Band<'a> {
    pub numeral: Option<&'a str>,
    pub icon: &'a str,
    pub heading: &'a str,
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

/// A `<text>` element's opening tag in the font stack.
pub(super) fn text_tag(x: f32, y: f32, size: f32, weight: &str, fill: &str, anchor: &str) -> String {
    format!(
        "<text x=\"{x:.0}\" y=\"{y:.0}\" font-family=\"{FONT_STACK}\" font-size=\"{size:.1}\" font-weight=\"{weight}\" fill=\"{fill}\" text-anchor=\"{anchor}\">"
    )
}

/// A card's accent: the top `height` of a card at `(x, top)`, `width` wide with corners of
/// `radius` (`height` at most `radius`), as a path that follows the corners' curve, in `colour`.
pub(super) fn card_cap(x: f32, top: f32, width: f32, (radius, height): (f32, f32), colour: &str) -> String {
    let height = height.min(radius);
    let inset = radius - (radius * radius - (radius - height) * (radius - height)).sqrt();
    let bottom = top + height;
    format!(
        "<path d=\"M{:.1} {bottom:.1}A{radius} {radius} 0 0 1 {:.1} {top:.1}H{:.1}A{radius} {radius} 0 0 1 {:.1} {bottom:.1}Z\" fill=\"{colour}\"/>",
        x + inset,
        x + radius,
        x + width - radius,
        x + width - inset,
    )
}

/// A figure's number in bold at `size` with its unit at `unit_size` after it, from `(x, top)` (the
/// top of the number's line), in `colour`.
pub(super) fn number_with_unit(x: f32, top: f32, (size, unit_size): (f32, f32), colour: &str, card: &Card) -> String {
    format!(
        "{}{}<tspan font-size=\"{unit_size:.1}\" dx=\"{:.0}\">{}</tspan></text>",
        text_tag(x, top + size * 0.92, size, "bold", colour, "start"),
        escape(&card.number),
        (size * 0.1).max(3.0),
        escape(&card.unit)
    )
}

/// Lines of text, one `<tspan>` each, from baseline `y` in steps of `step`.
pub(super) fn lines_svg(lines: &[String], x: f32, y: f32, step: f32, size: f32, weight: &str, fill: &str) -> String {
    let mut svg = text_tag(x, y, size, weight, fill, "start");
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            svg,
            "<tspan x=\"{x:.0}\" y=\"{:.0}\">{}</tspan>",
            y + step * i as f32,
            escape(line)
        );
    }
    svg.push_str("</text>");
    svg
}

/// A Tabler icon's outline at `(x, y)`, `size` px square, stroked in `colour`.
fn icon_svg(name: &str, x: f32, y: f32, size: f32, colour: &str) -> String {
    let Some(outline) = icons::outline(name) else {
        return String::new();
    };
    let (k, outline) = (size / icons::ICON_GRID as f32, escape(&outline));
    format!(
        "<path transform=\"translate({x:.1} {y:.1}) scale({k:.3})\" d=\"{outline}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
    )
}

impl Composer {
    pub fn new(style: &ImageStyle) -> Composer {
        Composer {
            palette: style.palette.clone().sanitised(),
            scale: style.scale.clamp(1.0, 2.0),
            rows: Vec::new(),
        }
    }

    fn px(&self, size: f32) -> f32 {
        size * self.scale
    }

    fn push(&mut self, height: u32, svg: String) {
        self.rows.push(Row { height, svg });
    }

    /// The header block: the band colour from the picture's top edge, the banner in a gold pill, the
    /// title large, and under it who published it and when (`issued`, where the data file says); a
    /// gold rule below. Meant as the first row (it reaches up over the top padding).
    pub fn header(&mut self, banner: &str, title: &str, issued: Option<&str>) {
        let p = self.palette.clone();
        let (banner_size, title_size) = (self.px(14.0), self.px(30.0));
        let pill_height = banner_size * 1.9;
        let pill_width = text_width(banner, banner_size) + banner_size * 2.2;
        let title_step = title_size * 1.3;
        let title_lines = wrap_phrases(title, title_size, CONTENT as f32);
        let title_top = 20.0 + pill_height + 16.0;
        let issued_size = self.px(15.0);
        let issued_lines = issued.map(|i| wrap(i, issued_size, CONTENT as f32)).unwrap_or_default();
        let issued_top = title_top + title_step * title_lines.len() as f32 + 6.0;
        let issued_step = issued_size * 1.5;
        let height = (issued_top + issued_step * issued_lines.len() as f32 + 20.0).round() as u32;
        let mut svg = format!(
            "<rect x=\"0\" y=\"-{PAD}\" width=\"{IMAGE_WIDTH}\" height=\"{}\" fill=\"{}\"/><rect x=\"0\" y=\"{}\" width=\"{IMAGE_WIDTH}\" height=\"5\" fill=\"{}\"/>",
            height + PAD,
            p.band,
            height,
            p.gold
        );
        let _ = write!(
            svg,
            "<rect x=\"{MARGIN}\" y=\"20\" width=\"{pill_width:.0}\" height=\"{pill_height:.0}\" rx=\"{:.0}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>{}{}</text>",
            pill_height / 2.0,
            p.gold,
            text_tag(MARGIN as f32 + pill_width / 2.0, 20.0 + pill_height * 0.68, banner_size, "bold", &p.gold, "middle"),
            escape(banner),
        );
        svg.push_str(&lines_svg(
            &title_lines,
            MARGIN as f32,
            title_top + title_size,
            title_step,
            title_size,
            "bold",
            &p.on_band,
        ));
        if !issued_lines.is_empty() {
            svg.push_str(&lines_svg(
                &issued_lines,
                MARGIN as f32,
                issued_top + issued_size,
                issued_step,
                issued_size,
                "normal",
                &p.gold,
            ));
        }
        self.push(height + 5 + 20, svg);
    }

    /// A label over what follows ("关键数字", a part's heading): bold, with a bar in the accent colour.
    pub fn label(&mut self, text: &str) {
        let size = self.px(20.0);
        let step = size * 1.4;
        let lines = wrap(text, size, CONTENT as f32 - 14.0);
        let height = (step * lines.len() as f32).round() as u32;
        let mut svg = format!(
            "<rect x=\"{MARGIN}\" y=\"2\" width=\"5\" height=\"{}\" rx=\"2\" fill=\"{}\"/>",
            height.saturating_sub(4),
            self.palette.accent
        );
        svg.push_str(&lines_svg(
            &lines,
            MARGIN as f32 + 14.0,
            size * 1.05,
            step,
            size,
            "bold",
            &self.palette.text,
        ));
        self.push(height + 12, svg);
    }

    /// A section's band, as its heading on the page: its marks in a column (the badge over the icon,
    /// or the icon alone) and its heading beside them, broken at punctuation, on the band colour.
    pub fn band(&mut self, band: &Band<'_>) {
        let p = self.palette.clone();
        let size = self.px(19.0);
        let step = size * 1.4;
        let badge = self.px(32.0);
        let icon = self.px(24.0);
        let inset = 14.0;
        let marks_height = match band.numeral {
            Some(_) => badge + 6.0 + icon,
            None => icon,
        };
        let text_x = MARGIN as f32 + inset + badge + 12.0;
        let lines = wrap_phrases(band.heading, size, MARGIN as f32 + CONTENT as f32 - inset - text_x);
        let text_height = step * lines.len() as f32;
        let inner = text_height.max(marks_height);
        let height = (inner + 2.0 * inset).round();
        let mut svg = format!(
            "<rect x=\"{MARGIN}\" y=\"0\" width=\"{CONTENT}\" height=\"{height:.0}\" rx=\"12\" fill=\"{}\"/>",
            p.band
        );
        let marks_top = inset + (inner - marks_height) / 2.0;
        let centre = MARGIN as f32 + inset + badge / 2.0;
        if let Some(numeral) = band.numeral {
            let cy = marks_top + badge / 2.0;
            let _ = write!(
                svg,
                "<circle cx=\"{centre:.1}\" cy=\"{cy:.1}\" r=\"{:.1}\" fill=\"{}\"/>{}{}</text>",
                badge / 2.0,
                p.gold,
                text_tag(centre, cy + badge * 0.17, badge * 0.5, "bold", &p.band, "middle"),
                escape(numeral)
            );
        }
        let icon_top = marks_top + marks_height - icon;
        svg.push_str(&icon_svg(band.icon, centre - icon / 2.0, icon_top, icon, &p.gold));
        let first_baseline = inset + (inner - text_height) / 2.0 + size * 1.05;
        svg.push_str(&lines_svg(
            &lines,
            text_x,
            first_baseline,
            step,
            size,
            "bold",
            &p.on_band,
        ));
        self.push(height as u32 + 12, svg);
    }

    /// Sizes of a card's number, unit and label with `columns` cards a row.
    fn card_sizes(&self, columns: u32) -> (f32, f32, f32) {
        let (number, label) = match columns {
            3 => (32.0, 14.0),
            2 => (40.0, 15.0),
            _ => (44.0, 16.0),
        };
        let number = self.px(number);
        (number, (number / 2.6).max(self.px(13.0)), self.px(label))
    }

    /// The most cards a row (3, 2 or 1) at which every card's number and unit fit on one line.
    fn columns_for(&self, cards: &[Card]) -> u32 {
        (1..=3)
            .rev()
            .find(|&columns| {
                let width = (CONTENT - GUTTER * (columns - 1)) / columns;
                let (number, unit, _) = self.card_sizes(columns);
                cards.iter().all(|card| {
                    text_width(&card.number, number) + 3.0 + text_width(&card.unit, unit)
                        <= (width - 2 * CARD_INSET) as f32
                })
            })
            .unwrap_or(1)
    }

    /// Figures as cards, at most `most` a row: one or two cards half the width, four in two rows
    /// of two, more three a row where their numbers fit (else two, else one); each row its own row
    /// of the picture (parts may break between them), under an optional title.
    pub fn cards(&mut self, title: Option<&str>, cards: &[Card], most: u32) {
        // A titled group (a chart of cards) sits on a panel, so the cards after it are not read as
        // its own.
        let first_row = title.map(|title| self.panel_title(title));
        let columns = match cards.len() {
            0..=2 | 4 => self.columns_for(cards).min(2),
            _ => self.columns_for(cards),
        }
        .clamp(1, most.max(1));
        for row in cards.chunks(columns as usize) {
            self.card_row(row, columns);
        }
        match first_row {
            Some(first) => self.panel(first),
            None => self.space(6),
        }
    }

    /// A chart's title at the top of its panel (see [`Composer::panel`]); returns its row, where the
    /// panel begins.
    pub fn panel_title(&mut self, title: &str) -> usize {
        let first = self.rows.len();
        let size = self.px(15.0);
        let lines = wrap_phrases(title, size, CONTENT as f32);
        let (top, step) = (PANEL_PAD + size, size * 1.5);
        let svg = lines_svg(&lines, MARGIN as f32, top, step, size, "bold", &self.palette.text);
        self.push((PANEL_PAD + step * lines.len() as f32 + 4.0).round() as u32, svg);
        first
    }

    /// One row of cards, each `1 / columns` of the width: a frame with an accent strip, the number
    /// with its unit smaller, the label below.
    fn card_row(&mut self, row: &[Card], columns: u32) {
        let width = (CONTENT - GUTTER * (columns - 1)) / columns;
        let (number_size, unit_size, label_size) = self.card_sizes(columns);
        let label_step = label_size * 1.4;
        let inner = (width - 2 * CARD_INSET) as f32;
        let wrapped: Vec<Vec<String>> = row.iter().map(|c| wrap_phrases(&c.label, label_size, inner)).collect();
        let most = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let number_top = 16.0;
        let label_top = number_top + number_size * 1.15 + 6.0;
        let height = (label_top + label_step * most + 10.0).round();
        let p = &self.palette;
        let mut svg = String::new();
        for (i, (card, lines)) in row.iter().zip(&wrapped).enumerate() {
            let x = (MARGIN + i as u32 * (width + GUTTER)) as f32;
            let text_x = x + CARD_INSET as f32;
            let _ = write!(
                svg,
                "<rect x=\"{x:.0}\" y=\"0\" width=\"{width}\" height=\"{height:.0}\" rx=\"10\" fill=\"{}\" stroke=\"{}\"/>{}",
                p.background,
                p.border,
                card_cap(x, 0.0, width as f32, (10.0, 4.0), &p.accent)
            );
            svg.push_str(&number_with_unit(
                text_x,
                number_top,
                (number_size, unit_size),
                &p.accent,
                card,
            ));
            svg.push_str(&lines_svg(
                lines,
                text_x,
                label_top + label_size,
                label_step,
                label_size,
                "normal",
                &p.axis,
            ));
        }
        self.push(height as u32 + GUTTER, svg);
    }

    /// Puts the rows from `first` on a panel in the `panel` colour, rounded at its two ends, with
    /// room below the last: a chart and its title as one group.
    pub fn panel(&mut self, first: usize) {
        let count = self.rows.len().saturating_sub(first);
        let fill = self.palette.panel.clone();
        for (n, row) in self.rows.iter_mut().skip(first).enumerate() {
            let bottom = n + 1 == count;
            if bottom {
                row.height = (row.height + PANEL_PAD as u32).saturating_sub(GUTTER);
            }
            // Each piece reaches into the next, which is drawn over it, so only the panel's two
            // ends show their rounding.
            let height = row.height + if bottom { 0 } else { 24 };
            let piece = format!(
                "<rect x=\"{}\" y=\"0\" width=\"{}\" height=\"{height}\" rx=\"12\" fill=\"{fill}\"/>",
                MARGIN - PANEL_PAD as u32,
                CONTENT + 2 * PANEL_PAD as u32
            );
            row.svg.insert_str(0, &piece);
        }
        if let Some(last) = self.rows.last_mut() {
            last.height += 10;
        }
    }

    /// Lines as a list, each after a small square in the accent colour (sub-headings, tasks).
    pub fn list(&mut self, lines: &[&str]) {
        let size = self.px(16.0);
        let step = size * 1.5;
        for line in lines {
            let wrapped = wrap(line, size, CONTENT as f32 - 18.0);
            let mut svg = format!(
                "<rect x=\"{MARGIN}\" y=\"{:.1}\" width=\"7\" height=\"7\" rx=\"1.5\" fill=\"{}\"/>",
                size * 0.55,
                self.palette.accent
            );
            svg.push_str(&lines_svg(
                &wrapped,
                MARGIN as f32 + 18.0,
                size * 1.05,
                step,
                size,
                "bold",
                &self.palette.text,
            ));
            self.push((step * wrapped.len() as f32).round() as u32 + 4, svg);
        }
        if let Some(last) = self.rows.last_mut() {
            last.height += 10;
        }
    }

    /// Empty space of `height` pixels (added to the row above, so a part never begins with it).
    pub fn space(&mut self, height: u32) {
        if let Some(last) = self.rows.last_mut() {
            last.height += height;
        }
    }

    /// A paragraph, wrapped, followed by `gap` pixels.
    pub fn text(&mut self, text: &str, tone: Tone, gap: u32) {
        let p = &self.palette;
        let (size, weight, colour) = match tone {
            Tone::Heading => (19.0, "bold", p.accent.clone()),
            Tone::Group => (16.0, "bold", p.accent.clone()),
            Tone::SubHeading => (15.0, "bold", p.text.clone()),
            Tone::Body => (16.0, "normal", p.text.clone()),
            Tone::Small => (13.0, "normal", p.axis.clone()),
        };
        let size = self.px(size);
        let step = size * 1.6;
        let lines = wrap(text, size, CONTENT as f32);
        let chunks: Vec<_> = lines.chunks(MOST_LINES_PER_ROW).collect();
        for (n, chunk) in chunks.iter().enumerate() {
            let svg = lines_svg(chunk, MARGIN as f32, size * 1.15, step, size, weight, &colour);
            let last = n + 1 == chunks.len();
            let height = (step * chunk.len() as f32).round() as u32 + if last { gap } else { 0 };
            self.push(height, svg);
        }
    }

    /// A chart drawn at the content width, in the palette's colours, followed by `gap` pixels.
    pub fn chart(&mut self, spec: &ChartSpec, gap: u32) -> Result<(), ChartError> {
        let rendered = spec.render_in_picture(CONTENT)?;
        let svg = self
            .palette
            .resolve(&rendered.svg)
            .replacen("<svg ", &format!("<svg x=\"{MARGIN}\" y=\"0\" "), 1);
        self.push(rendered.height + gap, svg);
        Ok(())
    }

    /// A QR code of `address` (dark on white whatever the theme, for scanners) beside `caption`
    /// and the address itself; nothing when the address cannot be encoded.
    pub fn qr(&mut self, address: &str, caption: &str) {
        let Some((d, side)) = qr_path(address) else {
            return;
        };
        let box_size = 120.0_f32;
        let k = box_size / side as f32;
        let text_x = MARGIN as f32 + box_size + 16.0;
        let text_width = CONTENT as f32 - box_size - 16.0;
        let (caption_size, url_size) = (self.px(16.0), self.px(12.0));
        let caption_lines = wrap(caption, caption_size, text_width);
        let url_lines = wrap(address, url_size, text_width);
        let caption_height = caption_size * 1.5 * caption_lines.len() as f32;
        let mut svg = format!(
            "<rect x=\"{MARGIN}\" y=\"0\" width=\"{box_size}\" height=\"{box_size}\" rx=\"6\" fill=\"#ffffff\" stroke=\"{}\"/><path transform=\"translate({MARGIN} 0) scale({k:.4})\" d=\"{d}\" fill=\"#000000\" shape-rendering=\"crispEdges\"/>",
            self.palette.border
        );
        svg.push_str(&lines_svg(
            &caption_lines,
            text_x,
            24.0 + caption_size,
            caption_size * 1.5,
            caption_size,
            "bold",
            &self.palette.text,
        ));
        svg.push_str(&lines_svg(
            &url_lines,
            text_x,
            24.0 + caption_height + url_size * 1.4,
            url_size * 1.4,
            url_size,
            "normal",
            &self.palette.axis,
        ));
        let height = box_size.max(24.0 + caption_height + url_size * 1.4 * url_lines.len() as f32 + 8.0);
        self.push(height.round() as u32 + 16, svg);
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
        let background = self.palette.paper;
        groups
            .into_iter()
            .filter(|g| !g.is_empty())
            .map(|rows| {
                let height = (2 * PAD + rows.iter().map(|r| r.height).sum::<u32>()).min(most);
                let mut svg = format!(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{IMAGE_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {IMAGE_WIDTH} {height}\" font-family=\"{FONT_STACK}\"><rect width=\"100%\" height=\"100%\" fill=\"{background}\"/>"
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
