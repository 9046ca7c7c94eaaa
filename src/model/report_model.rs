//! The model: everything the pages ask of a report, built once from it and handed down (a cheap
//! clone: one shared value). Its sections, figures, charts, tiles, slides and embeddable blocks
//! are computed here and nowhere else; lookups by id go through its indexes.

use super::charts::{build_charts, ChartView};
use super::deck::{build_slides, Slide};
use super::embed::{build_blocks, EmbedBlock};
use super::ids::SectionId;
use super::overview::{build_tiles, Tile};
use super::sections::{build_figures, build_sections, source_lines, FigurePlace, Section};
use crate::data::Report;
use crate::view::View;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A report with everything its pages show, built once. Two models are equal when they are the
/// same value (as Yew compares props).
#[derive(Clone)]
pub struct Model(Rc<Parts>);

impl PartialEq for Model {
    fn eq(&self, other: &Model) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("title", &self.0.report.meta.title)
            .finish_non_exhaustive()
    }
}

impl std::ops::Deref for Model {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        &self.0
    }
}

/// What a [`Model`] holds (read through it).
pub struct Parts {
    report: Rc<Report>,
    sections: Vec<Section>,
    figures: Vec<FigurePlace>,
    /// Each figure's place in `figures`, by its id.
    figure_at: BTreeMap<Rc<str>, usize>,
    charts: Vec<ChartView>,
    tiles: Vec<Tile>,
    /// Built when first asked for (the report page shows no slide).
    slides: OnceCell<Rc<[Slide]>>,
    blocks: Vec<EmbedBlock>,
}

impl Model {
    /// The model of `report` (meant for a validated report; any report gives a model, where what
    /// names something missing is left out).
    pub fn new(report: Rc<Report>) -> Model {
        let sections = build_sections(&report);
        let figures = build_figures(&sections);
        let mut figure_at = BTreeMap::new();
        for (at, place) in figures.iter().enumerate() {
            figure_at.entry(place.id.as_rc().clone()).or_insert(at);
        }
        let mut parts = Parts {
            report,
            sections,
            figures,
            figure_at,
            charts: Vec::new(),
            tiles: Vec::new(),
            slides: OnceCell::new(),
            blocks: Vec::new(),
        };
        parts.charts = build_charts(&parts.report, |ids| parts.figures_named(ids));
        parts.tiles = build_tiles(&parts.sections, |ids| parts.figures_named(ids));
        parts.blocks = build_blocks(&parts.sections, &parts.charts);
        Model(Rc::new(parts))
    }
}

impl Model {
    /// The model of the report the host tests run against (`data::report_under_test`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn under_test() -> Model {
        Model::new(Rc::new(crate::data::report_under_test()))
    }
}

impl Parts {
    /// The report as the data file holds it.
    pub fn report(&self) -> &Rc<Report> {
        &self.report
    }

    /// The expandable sections in page order: the work areas, the tasks, the proposals report.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// The section with this id, if the report has one.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| *s.id == *id)
    }

    /// Every figure the report states, in page order, with its item and section.
    pub fn figures(&self) -> &[FigurePlace] {
        &self.figures
    }

    /// The figure with this id, if the report states it.
    pub fn figure(&self, id: &str) -> Option<&FigurePlace> {
        self.figure_at.get(id).and_then(|&at| self.figures.get(at))
    }

    /// The figures with these ids that the report states, in the ids' order.
    pub fn figures_named(&self, ids: &[Rc<str>]) -> Vec<&FigurePlace> {
        ids.iter().filter_map(|id| self.figure(id)).collect()
    }

    /// The key figures (`meta.key_figures`), in the data's order.
    pub fn key_figures(&self) -> Vec<&FigurePlace> {
        self.figures_named(&self.report.meta.key_figures)
    }

    /// Every chart whose figures exist, in data order.
    pub fn charts(&self) -> &[ChartView] {
        &self.charts
    }

    /// The chart with this id, if the data declares it and its figures exist.
    pub fn chart(&self, id: &str) -> Option<&ChartView> {
        self.charts.iter().find(|c| *c.id == *id)
    }

    /// The charts shown in one section.
    pub fn charts_in<'a>(&'a self, section: &'a SectionId) -> impl Iterator<Item = &'a ChartView> + 'a {
        self.charts.iter().filter(move |c| c.section == *section)
    }

    /// The overview's tiles, one per section, in page order.
    pub fn tiles(&self) -> &[Tile] {
        &self.tiles
    }

    /// The tile of one section.
    pub fn tile(&self, section_id: &str) -> Option<&Tile> {
        self.tiles.iter().find(|t| *t.section_id == *section_id)
    }

    /// The deck's slides, in the report's order.
    pub fn slides(&self) -> &Rc<[Slide]> {
        self.slides.get_or_init(|| Rc::from(build_slides(self)))
    }

    /// Every embeddable block: the key figures, each section, each chart.
    pub fn blocks(&self) -> &[EmbedBlock] {
        &self.blocks
    }

    /// The embeddable block with this id.
    pub fn block(&self, id: &str) -> Option<&EmbedBlock> {
        self.blocks.iter().find(|b| *b.id == *id)
    }

    /// Every line of the report as the data holds it, in source order (for the verbatim checks).
    pub fn source_lines(&self) -> Vec<&str> {
        source_lines(&self.report, &self.sections)
    }

    /// The report page's absolute address, as a page of `view` knows it: the configured public
    /// address (`public_url`); else, once the page runs on the web at its own folder (`here` ends
    /// with the view's folder: a deck copied elsewhere is not taken for the site's), that folder
    /// climbed to the report's; else none. The one rule for every page that shows or shares it.
    pub fn address(&self, view: &View, here: Option<&str>) -> Option<String> {
        let here = here.filter(|here| here.ends_with(&format!("/{}", view.folder())));
        super::address::report_address(self.report.site.public_url.as_deref(), here, view.depth())
    }

    /// A link from a page of `view` to the report page that works before the page knows its
    /// address: the configured public address, else relative.
    pub fn link(&self, view: &View) -> String {
        super::address::report_link(self.report.site.public_url.as_deref(), view.depth())
    }
}
