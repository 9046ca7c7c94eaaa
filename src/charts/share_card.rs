//! The share card: the picture a chat or a social site shows beside a link to the report
//! (`og:image`, QQ's `itemprop="image"`, Weibo's `weibo:webpage:image`). The long image's header in
//! the same tokens (the band, the banner in a gold pill, the title, who published it and when)
//! over the paper, with the report's first key figures as cards where there is room. Two shapes:
//! wide (1200×630, the size Open Graph readers expect) and square (630×630, the thumbnail QQ and
//! Weibo crop to). Only the report's words and numbers; the light theme's colours.

use super::image_layout::{card_cap, lines_svg, number_with_unit, text_tag, Card, ImagePart};
use super::wrap::{text_width, wrap, wrap_phrases};
use super::Palette;
use crate::model::{escape, Model};
use std::fmt::Write;

/// The two shapes of the share card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardShape {
    /// 1200×630: `og:image`.
    Wide,
    /// 630×630: QQ's and Weibo's thumbnail.
    Square,
}

impl CardShape {
    pub const ALL: [CardShape; 2] = [CardShape::Wide, CardShape::Square];

    /// Width and height in pixels (the PNG is drawn at this size, one pixel per unit).
    pub fn size(self) -> (u32, u32) {
        match self {
            CardShape::Wide => (1200, 630),
            CardShape::Square => (630, 630),
        }
    }

    /// The PNG's file name at the site's root.
    pub fn file_name(self) -> &'static str {
        match self {
            CardShape::Wide => "share-card.png",
            CardShape::Square => "share-card-square.png",
        }
    }

    fn margin(self) -> f32 {
        match self {
            CardShape::Wide => 64.0,
            CardShape::Square => 44.0,
        }
    }

    /// The most key figures the card shows, one card each in a row.
    fn most_figures(self) -> usize {
        match self {
            CardShape::Wide => 3,
            CardShape::Square => 2,
        }
    }

    /// A figure card's number size (its unit is 0.45 of it).
    fn number_size(self) -> f32 {
        match self {
            CardShape::Wide => 64.0,
            CardShape::Square => 54.0,
        }
    }

    /// Where a figure card's label starts, below the card's top: the number's line and a gap.
    fn label_top(self) -> f32 {
        NUMBER_TOP + self.number_size() * 1.15 + 10.0
    }

    /// Title sizes to try, largest first: the first that takes at most three lines is used.
    fn title_sizes(self) -> [f32; 4] {
        match self {
            CardShape::Wide => [68.0, 60.0, 52.0, 44.0],
            CardShape::Square => [56.0, 48.0, 42.0, 36.0],
        }
    }
}

/// A key figure on the card: its number as the report writes it and its unit, its label's lines.
struct FigureCard {
    figure: Card,
    label: Vec<String>,
}

const GAP: f32 = 20.0;
const RULE: f32 = 8.0;
const LABEL_SIZE: f32 = 30.0;
const LABEL_STEP: f32 = LABEL_SIZE * 1.35;
/// A figure card's number starts this far below the card's top.
const NUMBER_TOP: f32 = 24.0;

/// The header: its SVG from the top edge, and its height.
fn header(model: &Model, shape: CardShape, palette: &Palette) -> (String, f32) {
    let report = model.report();
    let (width, _) = shape.size();
    let margin = shape.margin();
    let content = width as f32 - 2.0 * margin;
    let banner_size = shape.title_sizes()[0] * 0.42;
    let pill_height = banner_size * 1.9;
    let pill_width = text_width(&report.meta.banner, banner_size) + banner_size * 2.2;
    let sizes = shape.title_sizes();
    let (title_size, title_lines) = sizes
        .iter()
        .map(|&size| (size, wrap_phrases(&report.meta.title, size, content)))
        .find(|(_, lines)| lines.len() <= 3)
        .unwrap_or_else(|| (sizes[3], wrap_phrases(&report.meta.title, sizes[3], content)));
    let title_step = title_size * 1.25;
    let title_top = margin * 0.75 + pill_height + 28.0;
    let issued_size = banner_size * 1.1;
    let issued = report.site.issued();
    let issued_lines = issued
        .as_deref()
        .map(|i| wrap(i, issued_size, content))
        .unwrap_or_default();
    let issued_top = title_top + title_step * title_lines.len() as f32 + 12.0;
    let height = issued_top + issued_size * 1.5 * issued_lines.len() as f32 + margin * 0.6;
    let mut svg = format!(
        "<rect x=\"{margin:.0}\" y=\"{:.0}\" width=\"{pill_width:.0}\" height=\"{pill_height:.0}\" rx=\"{:.0}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>{}{}</text>",
        margin * 0.75,
        pill_height / 2.0,
        palette.gold,
        text_tag(margin + pill_width / 2.0, margin * 0.75 + pill_height * 0.68, banner_size, "bold", &palette.gold, "middle"),
        escape(&report.meta.banner),
    );
    svg.push_str(&lines_svg(
        &title_lines,
        margin,
        title_top + title_size,
        title_step,
        title_size,
        "bold",
        &palette.on_band,
    ));
    svg.push_str(&lines_svg(
        &issued_lines,
        margin,
        issued_top + issued_size,
        issued_size * 1.5,
        issued_size,
        "normal",
        &palette.gold,
    ));
    (svg, height)
}

/// The key figures that fit a row of `shape`'s cards, each label wrapped to the card.
fn figure_cards(model: &Model, shape: CardShape, card_width: f32) -> Vec<FigureCard> {
    model
        .key_figures()
        .iter()
        .take(shape.most_figures())
        .map(|found| FigureCard {
            figure: Card {
                number: found.figure.number_text(),
                unit: found.figure.unit.to_string(),
                label: found.figure.label.to_string(),
            },
            label: wrap_phrases(&found.figure.label, LABEL_SIZE, card_width - 2.0 * GAP),
        })
        .collect()
}

/// A row of figure cards, each `card_width` wide and `height` tall, at `top`.
fn figure_row(
    cards: &[FigureCard],
    shape: CardShape,
    (card_width, height): (f32, f32),
    top: f32,
    palette: &Palette,
) -> String {
    let margin = shape.margin();
    let number_size = shape.number_size();
    let mut svg = String::new();
    for (i, card) in cards.iter().enumerate() {
        let x = margin + i as f32 * (card_width + GAP);
        let _ = write!(
            svg,
            "<rect x=\"{x:.0}\" y=\"{top:.0}\" width=\"{card_width:.0}\" height=\"{height:.0}\" rx=\"14\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>{}",
            palette.background,
            palette.border,
            card_cap(x, top, card_width, (14.0, 8.0), &palette.accent)
        );
        svg.push_str(&number_with_unit(
            x + GAP,
            top + NUMBER_TOP,
            (number_size, number_size * 0.45),
            &palette.accent,
            &card.figure,
        ));
        svg.push_str(&lines_svg(
            &card.label,
            x + GAP,
            top + shape.label_top() + LABEL_SIZE,
            LABEL_STEP,
            LABEL_SIZE,
            "normal",
            &palette.axis,
        ));
    }
    svg
}

/// The share card of `model`'s report in `shape`, as an SVG document of its pixel size.
pub fn share_card(model: &Model, shape: CardShape) -> ImagePart {
    let palette = Palette::default();
    let (width, height) = shape.size();
    let margin = shape.margin();
    let (header_svg, header_height) = header(model, shape, &palette);
    let count = model.key_figures().len().min(shape.most_figures()).max(1) as f32;
    let card_width = (width as f32 - 2.0 * margin - GAP * (count - 1.0)) / count;
    let cards = figure_cards(model, shape, card_width);
    let most_label_lines = cards.iter().map(|c| c.label.len()).max().unwrap_or(0) as f32;
    let card_height = shape.label_top() + LABEL_STEP * most_label_lines + 20.0;
    let room = height as f32 - header_height - RULE - 2.0 * margin * 0.6;
    // The figures only where their row fits whole under the header; else the header fills the card.
    let (band_height, row) = if !cards.is_empty() && card_height <= room {
        let top = header_height + RULE + (height as f32 - header_height - RULE - card_height) / 2.0;
        (
            header_height,
            figure_row(&cards, shape, (card_width, card_height), top, &palette),
        )
    } else {
        (height as f32 - RULE, String::new())
    };
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{paper}\"/>\
         <rect width=\"{width}\" height=\"{band_height:.0}\" fill=\"{band}\"/>\
         <rect y=\"{band_height:.0}\" width=\"{width}\" height=\"{RULE}\" fill=\"{gold}\"/>{header_svg}{row}</svg>",
        paper = palette.paper,
        band = palette.band,
        gold = palette.gold,
    );
    ImagePart { svg, width, height }
}
