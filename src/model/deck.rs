//! The presentation deck, generated from the report: which slides, in the report's order, each
//! with its notes (the report's own text for that slide, verbatim); which slide a fragment names;
//! and what each key does (reveal.js's key map). Pure and total.

use super::embed::KEY_FIGURES_TITLE;
use super::ids::{ChartId, SectionId};
use super::overview::Tile;
use super::report_model::Parts;
use super::sections::SectionContent;
use crate::data::{Area, ChartKind, Figure, Item, Proposals, Tasks};
use std::rc::Rc;

/// What a slide shows under its title.
#[derive(Debug, Clone, PartialEq)]
pub enum SlideBody {
    /// The report's banner and title, large.
    Title,
    /// A work area's divider: its badge, icon and heading, large.
    Divider(Tile),
    /// Figures as large cards, each with its own unit.
    Figures(Vec<Figure>),
    /// Lines of the report, figures emphasised.
    Items(Vec<Item>),
    /// A paragraph with a line of the report that belongs to it, shown in the report's order: the
    /// tasks' label before their requirements, the review's lead-in after its introduction.
    Paragraph {
        text: Rc<str>,
        label: Rc<str>,
        label_place: LabelPlace,
    },
    /// A chart the data declares, by id.
    Chart(ChartId),
    /// The way to the report for the audience: a QR code of its address.
    Closing,
}

/// Where a paragraph's label stands, as in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelPlace {
    /// A label introducing the paragraph ("工作总体要求：").
    Before,
    /// A lead-in to what follows the paragraph ("取得明显成效").
    After,
}

/// One slide: a small line above the title (its part of the report), the title, the body, notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub kicker: Option<Rc<str>>,
    pub title: Rc<str>,
    pub body: SlideBody,
    pub notes: Vec<Rc<str>>,
}

fn texts(items: &[Item]) -> Vec<Rc<str>> {
    items.iter().map(|i| i.text.clone()).collect()
}

/// The slides of the deck, in the report's order: title, key figures, the review (its
/// introduction, then each work area: its divider, then group by group with its charts), the
/// year's tasks, the proposals report (summary, charts, measures, outlook), and a closing slide.
pub(super) fn build_slides(model: &Parts) -> Vec<Slide> {
    let meta = &model.report().meta;
    let mut out = opening_slides(model);
    for section in model.sections() {
        match &section.content {
            SectionContent::Area(area) => out.extend(area_slides(model, &section.id, area)),
            SectionContent::Tasks(tasks) => out.extend(tasks_slides(tasks)),
            SectionContent::Proposals(proposals) => out.extend(proposals_slides(model, &section.id, proposals)),
        }
    }
    out.push(Slide {
        kicker: Some(meta.banner.clone()),
        title: meta.title.clone(),
        body: SlideBody::Closing,
        notes: vec![],
    });
    out
}

/// A work area: its divider, its groups, its charts.
fn area_slides(model: &Parts, id: &SectionId, area: &Area) -> Vec<Slide> {
    let divider = model.tile(id).map(|tile| Slide {
        kicker: None,
        title: area.heading.clone(),
        body: SlideBody::Divider(tile.clone()),
        notes: vec![area.heading.clone()],
    });
    let groups = area
        .groups
        .iter()
        .map(|group| items_slide(Some(&area.heading), &group.heading, &group.items));
    divider
        .into_iter()
        .chain(groups)
        .chain(chart_slides(model, id, &area.heading))
        .collect()
}

/// The year's tasks: the general requirements, then the tasks.
fn tasks_slides(tasks: &Tasks) -> Vec<Slide> {
    vec![
        Slide {
            kicker: None,
            title: tasks.heading.clone(),
            body: SlideBody::Paragraph {
                text: tasks.requirements.clone(),
                label: tasks.requirements_label.clone(),
                label_place: LabelPlace::Before,
            },
            notes: vec![tasks.requirements_label.clone(), tasks.requirements.clone()],
        },
        items_slide(None, &tasks.heading, &tasks.items),
    ]
}

/// A slide of the report's lines under a heading (notes: the same lines).
fn items_slide(kicker: Option<&Rc<str>>, title: &Rc<str>, items: &[Item]) -> Slide {
    Slide {
        kicker: kicker.cloned(),
        title: title.clone(),
        body: SlideBody::Items(items.to_vec()),
        notes: texts(items),
    }
}

/// The title, the key figures (notes: the lines that state them) and the review's introduction.
fn opening_slides(model: &Parts) -> Vec<Slide> {
    let report = model.report();
    let meta = &report.meta;
    let key = model.key_figures();
    let mut key_notes: Vec<Rc<str>> = Vec::new();
    for found in &key {
        if !key_notes.contains(&found.item.text) {
            key_notes.push(found.item.text.clone());
        }
    }
    let review = &report.review;
    vec![
        Slide {
            kicker: Some(meta.banner.clone()),
            title: meta.title.clone(),
            body: SlideBody::Title,
            notes: vec![meta.title.clone()],
        },
        Slide {
            kicker: None,
            title: Rc::from(KEY_FIGURES_TITLE),
            body: SlideBody::Figures(key.iter().map(|f| f.figure.clone()).collect()),
            notes: key_notes,
        },
        Slide {
            kicker: None,
            title: review.heading.clone(),
            body: SlideBody::Paragraph {
                text: review.intro.clone(),
                label: review.results_heading.clone(),
                label_place: LabelPlace::After,
            },
            notes: vec![review.intro.clone(), review.results_heading.clone()],
        },
    ]
}

/// The proposals report: its summary, its charts, each group of measures, the outlook.
fn proposals_slides(model: &Parts, id: &SectionId, proposals: &Proposals) -> Vec<Slide> {
    let mut out = vec![items_slide(
        None,
        &proposals.heading,
        std::slice::from_ref(&proposals.summary),
    )];
    out.extend(chart_slides(model, id, &proposals.heading));
    out.extend(
        proposals
            .groups
            .iter()
            .map(|group| items_slide(Some(&proposals.measures_heading), &group.heading, &group.items)),
    );
    let outlook = &proposals.outlook;
    out.push(items_slide(Some(&proposals.heading), &outlook.heading, &outlook.items));
    out
}

/// The figures a text slide shows beside its lines as callouts: those its items state, but not
/// those a bar chart of the deck draws (its own slide shows them).
pub fn callouts(model: &super::report_model::Model, items: &[Item]) -> Vec<Figure> {
    let charted: Vec<&str> = model
        .charts()
        .iter()
        .filter(|v| v.chart.kind == ChartKind::Bars)
        .flat_map(|v| v.figures.iter().chain(&v.notes).map(|f| &*f.id))
        .collect();
    items
        .iter()
        .flat_map(|i| i.figures.iter())
        .filter(|f| !charted.contains(&&*f.id))
        .cloned()
        .collect()
}

fn chart_slides(model: &Parts, section: &SectionId, heading: &Rc<str>) -> Vec<Slide> {
    model
        .charts_in(section)
        .map(|view| Slide {
            kicker: Some(heading.clone()),
            title: view.chart.title.clone(),
            body: SlideBody::Chart(view.id.clone()),
            notes: vec![view.description.clone()],
        })
        .collect()
}

/// What a screen reader hears when the deck moves to slide `current` (0-based): "第3张，共41张：标题";
/// nothing past the end.
pub fn slide_status(deck: &[Slide], current: usize) -> String {
    deck.get(current)
        .map(|s| format!("第{}张，共{}张：{}", current + 1, deck.len(), s.title))
        .unwrap_or_default()
}

/// The slide (0-based) a fragment names (`#7` is the seventh); anything else is the nearest
/// slide: below 1 or not a number is the first, beyond the end is the last.
pub fn slide_from_fragment(fragment: &str, count: usize) -> usize {
    let last = count.saturating_sub(1);
    let text = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    let digits = text.strip_prefix('+').unwrap_or(text);
    if text.starts_with('-') || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    match digits.parse::<usize>() {
        Ok(0) => 0,
        Ok(n) => (n - 1).min(last),
        Err(_) => last, // more digits than any deck has slides
    }
}

/// What a key asks of the deck (reveal.js's key map, so presenters need no training).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckCommand {
    /// → PageDown Space N: the next slide (in the overview, the next thumbnail).
    Next,
    /// ← PageUp P: the previous slide.
    Previous,
    /// ↓: the next slide; in the overview, the thumbnail a row below.
    Down,
    /// ↑: the previous slide; in the overview, the thumbnail a row above.
    Up,
    First,
    Last,
    /// A digit of a slide number, to be followed by Enter.
    Digit(u8),
    /// Enter: go to the typed slide number (in the overview, to the selected slide).
    Go,
    /// F, and F5 (which many clickers send to start a presentation).
    ToggleFullscreen,
    /// B or `.`: black the screen; any key returns.
    Black,
    /// S: this window becomes the speaker view, or the slides again.
    Speaker,
    /// O: the overview of every slide opens or closes.
    Overview,
    /// Esc: closes the overview (outside it, the browser leaves fullscreen by itself).
    Close,
}

/// The commands of the keys pressed before the deck was ready, to replay in order once it is:
/// all but fullscreen, which the browser grants only during the key press itself.
pub fn early_commands<S: AsRef<str>>(keys: &[S]) -> Vec<DeckCommand> {
    keys.iter()
        .filter_map(|key| deck_command(key.as_ref()))
        .filter(|command| *command != DeckCommand::ToggleFullscreen)
        .collect()
}

/// The command for a key (`KeyboardEvent.key`), if it has one.
pub fn deck_command(key: &str) -> Option<DeckCommand> {
    Some(match key {
        "ArrowRight" | "PageDown" | " " | "n" | "N" => DeckCommand::Next,
        "ArrowLeft" | "PageUp" | "p" | "P" => DeckCommand::Previous,
        "ArrowDown" => DeckCommand::Down,
        "ArrowUp" => DeckCommand::Up,
        "Home" => DeckCommand::First,
        "End" => DeckCommand::Last,
        "Enter" => DeckCommand::Go,
        "f" | "F" | "F5" => DeckCommand::ToggleFullscreen,
        "b" | "B" | "." => DeckCommand::Black,
        "s" | "S" => DeckCommand::Speaker,
        "o" | "O" => DeckCommand::Overview,
        "Escape" => DeckCommand::Close,
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '0'..='9'), None) => DeckCommand::Digit(c as u8 - b'0'),
                _ => return None,
            }
        }
    })
}
