//! What goes into the pictures for WeChat, designed as a 一图读懂 poster in the page's tokens: the
//! long image (header, key figures two a row, each section as a band with its figures as cards and
//! its charts under the sub-headings that state them, or its sub-headings where it states none; a
//! QR code of the report's address; the sources), each section's own picture (its band, every
//! line of it, its figures and charts), and an item's (its section's band, its line, its figures).
//! Only the report's words and numbers, and UI labels.

use super::image_layout::{Band, Card, Composer, ImagePart, ImageStyle, Tone};
use super::{ChartError, ChartSpec};
use crate::data::{ChartKind, Figure, Group, Report};
use crate::model::{
    item_anchor, ChartView, ItemId, Model, Part, Section, SectionContent, SectionId, Tile, TileBody, KEY_FIGURES_TITLE,
};

/// The caption beside the QR code (a UI label, as on the deck's closing slide).
pub const QR_CAPTION: &str = "扫码阅读报告全文";

/// The most cards a row in a section (the key figures go two a row).
const THREE: u32 = 3;

fn sources(report: &Report) -> String {
    format!("资料来源：{}", report.meta.sources.join("、"))
}

fn card(figure: &Figure) -> Card {
    Card {
        number: figure.number_text(),
        unit: figure.unit.to_string(),
        label: figure.label.to_string(),
    }
}

fn band(c: &mut Composer, tile: &Tile) {
    c.band(&Band {
        numeral: tile.numbering.as_ref().map(|n| &*n.numeral),
        icon: &tile.icon,
        heading: &tile.title,
    });
}

fn chart(c: &mut Composer, view: &ChartView) -> Result<(), ChartError> {
    match view.chart.kind {
        ChartKind::Cards => {
            let cards: Vec<Card> = view.figures.iter().map(card).collect();
            c.cards(Some(&view.chart.title), &cards, THREE);
        }
        ChartKind::Bars => {
            let first = c.panel_title(&view.chart.title);
            c.chart(&ChartSpec::from_view(view), 4)?;
            for note in &view.notes {
                c.text(&format!("注：{}{}", note.label, note.phrase()), Tone::Small, 4);
            }
            c.panel(first);
        }
    }
    Ok(())
}

/// Whether a section's items (the proposals report's summary too) state figures.
fn has_figures(section: &Section) -> bool {
    section.stating_items().iter().any(|i| !i.figures.is_empty())
}

/// A section's figures in the report's order: each chart of the section where its first figure
/// stands (a chart of cards on its panel), the other figures as cards between them.
fn figures_and_charts(c: &mut Composer, model: &Model, section: &Section) -> Result<(), ChartError> {
    let views: Vec<&ChartView> = model.charts_in(&section.id).collect();
    let in_chart = |f: &Figure| {
        views
            .iter()
            .position(|v| v.figures.iter().chain(&v.notes).any(|g| g.id == f.id))
    };
    let mut drawn = Vec::new();
    let mut loose = Vec::new();
    for figure in section.stating_items().into_iter().flat_map(|i| i.figures.iter()) {
        match in_chart(figure) {
            None => loose.push(card(figure)),
            Some(n) if drawn.contains(&n) => {}
            Some(n) => {
                if !loose.is_empty() {
                    c.cards(None, &std::mem::take(&mut loose), THREE);
                }
                drawn.push(n);
                if let Some(view) = views.get(n) {
                    chart(c, view)?;
                }
            }
        }
    }
    if !loose.is_empty() {
        c.cards(None, &loose, THREE);
    }
    Ok(())
}

/// The long image of the whole report, in parts; `address` is the report's (none: no QR code).
pub fn long_image(model: &Model, style: &ImageStyle, address: Option<&str>) -> Result<Vec<ImagePart>, ChartError> {
    let report = model.report();
    let mut c = Composer::new(style);
    c.header(&report.meta.banner, &report.meta.title, report.site.issued().as_deref());
    let key: Vec<Card> = model.key_figures().iter().map(|found| card(&found.figure)).collect();
    if !key.is_empty() {
        c.label(KEY_FIGURES_TITLE);
        c.cards(None, &key, 2);
    }
    c.label(&report.review.heading);
    let mut after_areas = false;
    for (tile, section) in model.tiles().iter().zip(model.sections()) {
        // The year's tasks and the proposals report are parts of their own, after the review.
        if tile.part != Part::Area && !after_areas {
            c.space(16);
            after_areas = true;
        }
        band(&mut c, tile);
        match &tile.body {
            TileBody::Headings(headings) if !has_figures(section) => {
                c.list(&headings.iter().map(|h| &**h).collect::<Vec<_>>());
            }
            _ => figures_and_charts(&mut c, model, section)?,
        }
    }
    if let Some(address) = address {
        c.qr(address, QR_CAPTION);
    }
    c.text(&sources(report), Tone::Small, 0);
    Ok(c.parts())
}

fn groups(c: &mut Composer, groups: &[Group]) {
    for group in groups {
        c.text(&group.heading, Tone::Group, 4);
        for item in group.items.iter() {
            c.text(&item.text, Tone::Body, 6);
        }
    }
}

/// One section's picture: the header, its band, every line, its figures and charts, a QR code of
/// the section's address (`address` is the report's), the sources; `None` for an unknown section.
pub fn section_image(
    model: &Model,
    section_id: &SectionId,
    style: &ImageStyle,
    address: Option<&str>,
) -> Option<Result<Vec<ImagePart>, ChartError>> {
    let report = model.report();
    let (tile, section) = (model.tile(section_id)?, model.section(section_id)?);
    let mut c = Composer::new(style);
    c.header(&report.meta.banner, &report.meta.title, report.site.issued().as_deref());
    band(&mut c, tile);
    match &section.content {
        SectionContent::Area(area) => groups(&mut c, &area.groups),
        SectionContent::Tasks(tasks) => {
            c.text(&tasks.requirements_label, Tone::Group, 4);
            c.text(&tasks.requirements, Tone::Body, 10);
            c.list(&tasks.items.iter().map(|i| &*i.text).collect::<Vec<_>>());
        }
        SectionContent::Proposals(proposals) => {
            c.text(&proposals.summary.text, Tone::Body, 10);
            c.text(&proposals.measures_heading, Tone::Heading, 8);
            groups(&mut c, &proposals.groups);
            c.text(&proposals.outlook.heading, Tone::Heading, 8);
            c.list(&proposals.outlook.items.iter().map(|i| &*i.text).collect::<Vec<_>>());
        }
    }
    if has_figures(section) {
        c.space(8);
        if let Err(error) = figures_and_charts(&mut c, model, section) {
            return Some(Err(error));
        }
    }
    if let Some(address) = address {
        c.qr(&format!("{address}#{section_id}"), QR_CAPTION);
    }
    c.text(&sources(report), Tone::Small, 0);
    Some(Ok(c.parts()))
}

/// One item's picture (分享这一条): the header, its section's band, its line, its figures as cards,
/// a QR code of the item's address (`address` is the report's), the sources; `None` for an unknown
/// item.
pub fn item_image(model: &Model, item: &ItemId, style: &ImageStyle, address: Option<&str>) -> Option<Vec<ImagePart>> {
    let report = model.report();
    let (tile, line) = (
        model.tile(&item.section)?,
        model.section(&item.section)?.item(item.n.get())?,
    );
    let mut c = Composer::new(style);
    c.header(&report.meta.banner, &report.meta.title, report.site.issued().as_deref());
    band(&mut c, tile);
    c.text(&line.text, Tone::Body, 10);
    if !line.figures.is_empty() {
        c.cards(None, &line.figures.iter().map(card).collect::<Vec<_>>(), THREE);
    }
    if let Some(address) = address {
        c.qr(
            &format!("{address}#{}", item_anchor(&item.section, item.n.get())),
            QR_CAPTION,
        );
    }
    c.text(&sources(report), Tone::Small, 0);
    Some(c.parts())
}
