//! A slide's body as static markup, built once as a string like the rest of `markup`: the deck's
//! page hydrates dozens of slides, and the browser adopts each prerendered body as it stands
//! instead of building and walking it again. Every piece of text passes through `escape`.

use super::deck::{LabelPlace, Slide, SlideBody};
use super::markup::{badge_markup, escape, figure_value_markup, item_list_markup, label_markup, phrased};
use crate::data::{Figure, Item};
use std::borrow::Borrow;
use std::fmt::Write;

/// Figures as large cards in a grid of `--columns`, each with its own unit and label (not links: a
/// click on a slide steps the deck).
pub fn slide_figures_markup<F: Borrow<Figure>>(figures: &[F]) -> String {
    let columns = match figures.len() {
        0..=4 => figures.len().max(1),
        5 | 6 | 9 => 3,
        _ => 4,
    };
    let mut out = format!("<ul class=\"slide-figures\" style=\"--columns:{columns}\">");
    for figure in figures {
        out.push_str("<li class=\"slide-figure\">");
        out.push_str(&figure_value(figure.borrow()));
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

/// A figure's value and its label, as a card and a callout show them.
fn figure_value(figure: &Figure) -> String {
    format!(
        "{}{}",
        figure_value_markup(figure),
        label_markup("key-figure-label", &figure.label)
    )
}

/// The report's lines, and beside them the figures they state (`callouts`, hidden from assistive
/// technology: the lines say them) in a column of their own.
pub fn slide_items_markup(items: &[Item], callouts: &[Figure]) -> String {
    let text = format!(
        "<div class=\"slide-text\">{}</div>",
        item_list_markup(items, Some("slide-items"), None)
    );
    if callouts.is_empty() {
        return text;
    }
    let many = if callouts.len() > 3 { " slide-callouts-many" } else { "" };
    let mut out =
        format!("<div class=\"slide-columns\">{text}<ul class=\"slide-callouts{many}\" aria-hidden=\"true\">");
    for figure in callouts {
        let _ = write!(out, "<li class=\"slide-callout\">{}</li>", figure_value(figure));
    }
    out.push_str("</ul></div>");
    out
}

/// A paragraph with its label before it or its lead-in after it, as in the report.
pub fn slide_paragraph_markup(text: &str, label: &str, place: LabelPlace) -> String {
    let text = escape(text);
    let label = escape(label);
    match place {
        LabelPlace::Before => {
            format!("<p class=\"slide-label\">{label}</p><p class=\"slide-paragraph\">{text}</p>")
        }
        LabelPlace::After => {
            format!("<p class=\"slide-paragraph\">{text}</p><p class=\"slide-lead\">{label}</p>")
        }
    }
}

/// A bar chart drawn by `charts/` (`svg`), described by the report's own sentence, with its notes
/// in other units.
pub fn slide_chart_markup<F: Borrow<Figure>>(description: &str, svg: &str, notes: &[F]) -> String {
    let description = escape(description);
    let mut out = format!(
        "<figure class=\"slide-chart\" aria-label=\"{description}\"><div class=\"chart-svg\" role=\"img\" aria-label=\"{description}\">{svg}</div>"
    );
    for note in notes.iter().map(Borrow::borrow) {
        let _ = write!(
            out,
            "<p class=\"slide-note\">注：{}{}</p>",
            escape(&note.label),
            escape(&note.phrase())
        );
    }
    out.push_str("</figure>");
    out
}

/// The classes of a slide's `<section>` beside `slide`: its kind, which sets its layout.
pub fn slide_kind_class(body: &SlideBody) -> &'static str {
    match body {
        SlideBody::Title => "slide-title-slide",
        SlideBody::Divider(_) => "slide-divider",
        SlideBody::Figures(_) => "slide-content slide-figures-slide",
        SlideBody::Chart(_) => "slide-content slide-chart-slide",
        SlideBody::Closing => "slide-closing-slide",
        SlideBody::Items(_) | SlideBody::Paragraph { .. } => "slide-content slide-text-slide",
    }
}

/// The accessible name of a slide: its place in the deck (1-based).
pub fn slide_label(number: usize, total: usize) -> String {
    format!("第{number}张，共{total}张")
}

/// A slide's part of the report above its title, and the title: a divider's is its section's
/// heading with its badge, broken between phrases.
pub fn slide_heading_markup(slide: &Slide) -> String {
    let kicker = slide
        .kicker
        .as_ref()
        .map(|k| format!("<p class=\"slide-kicker\">{}</p>", escape(k)))
        .unwrap_or_default();
    let title = match &slide.body {
        SlideBody::Divider(tile) => format!(
            "{}<span class=\"slide-divider-heading\">{}</span>",
            badge_markup(tile),
            phrased(&tile.title)
        ),
        _ => escape(&slide.title),
    };
    format!("{kicker}<h2 class=\"slide-title\">{title}</h2>")
}

/// A whole slide as the deck's page shows it first (`hidden` but for the first), its body given
/// as markup (see `slide_figures_markup` and the others).
pub fn slide_section_markup(slide: &Slide, number: usize, total: usize, body: &str) -> String {
    let hidden = if number == 1 { "" } else { " hidden" };
    format!(
        "<section class=\"slide {}\"{hidden} aria-roledescription=\"幻灯片\" aria-label=\"{}\">{}<div class=\"slide-body\">{body}</div></section>",
        slide_kind_class(&slide.body),
        slide_label(number, total),
        slide_heading_markup(slide)
    )
}
