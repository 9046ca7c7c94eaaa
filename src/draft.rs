//! The office's draft in the editor (编辑台): the report being made from a text or a data file, the
//! judgements the importer left to a person (待核对), and the figures ticked as proofread (三审三校:
//! a tick holds the figure as it was ticked, so a figure edited after its tick is unticked). Pure:
//! opened, ticked and written on the host as in the browser.

use crate::data::{check_text, Area, Chart, Figure, Group, Item, Report};
use crate::import::{import, marks_in, to_toml, Imported, Mark};
use crate::model::{FigurePlace, Model};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// A report being made, and how far it has been checked.
#[derive(Clone)]
pub struct Draft {
    /// The file (or 粘贴的文本) it was opened from.
    pub name: Rc<str>,
    /// The report and the judgements still to confirm, as the importer wrote them.
    pub imported: Rc<Imported>,
    pub model: Model,
    /// Each ticked figure's id, with the figure as it read when ticked ([`as_ticked`]).
    ticked: BTreeMap<Rc<str>, String>,
}

impl PartialEq for Draft {
    fn eq(&self, other: &Draft) -> bool {
        self.name == other.name
            && self.model == other.model
            && Rc::ptr_eq(&self.imported, &other.imported)
            && self.ticked == other.ticked
    }
}

/// A figure as the site shows it (value, 余, unit, label) in its sentence: what a proofreader's
/// tick vouches for.
fn as_ticked(place: &FigurePlace) -> String {
    let figure = &place.figure;
    // As drafts saved before qualifiers wrote it, a qualifier after the number (their ticks stay).
    let qualifier = figure.qualifier.map_or(String::new(), |q| format!("|{}", q.word()));
    format!(
        "{}{qualifier}|{}|{}|{}|{}",
        figure.value.as_str(),
        figure.approximate,
        figure.unit,
        figure.label,
        place.item.text
    )
}

/// Why a file could not be opened, in plain Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError(pub Vec<String>);

impl Draft {
    /// A draft from a report's text (the adopted report, pasted or from a `.txt` file) or, for a
    /// `.toml` name, from a data file; what cannot be read is said with its line.
    pub fn open(name: &str, text: &str) -> Result<Draft, OpenError> {
        let imported = if name.ends_with(".toml") {
            // A file the rules find problems in opens too (the checklist shows them, and the site
            // is not made until they are put right); one that does not describe a report does not.
            let (report, problems) = check_text(name, text);
            match report {
                // The judgements it still carries come back to the checklist.
                Some(report) => Imported {
                    report,
                    marks: marks_in(text),
                },
                None => return Err(OpenError(problems)),
            }
        } else {
            import(text).map_err(|e| OpenError(vec![format!("{name}：{e}")]))?
        };
        Ok(Draft::of(name, imported))
    }

    /// A draft of a report the importer made (with its judgements).
    pub fn from_imported(name: &str, imported: Imported) -> Draft {
        Draft::of(name, imported)
    }

    fn of(name: &str, imported: Imported) -> Draft {
        Draft {
            name: Rc::from(name),
            model: Model::new(Rc::new(imported.report.clone())),
            imported: Rc::new(imported),
            ticked: BTreeMap::new(),
        }
    }

    /// This draft with `earlier`'s ticks where the figure still reads as it did when ticked: a data
    /// file corrected by hand and opened again keeps the proofreading it did not change.
    pub fn with_ticks_of(mut self, earlier: &Draft) -> Draft {
        self.ticked = earlier
            .ticked
            .iter()
            .filter(|(id, as_was)| self.model.figure(id).is_some_and(|place| as_ticked(place) == **as_was))
            .map(|(id, as_was)| (id.clone(), as_was.clone()))
            .collect();
        self
    }

    /// How many figures are ticked (as they read now).
    pub fn ticked(&self) -> usize {
        self.model.figures().len() - self.unticked()
    }

    /// Whether a proofreader ticked this figure as it reads now.
    pub fn is_ticked(&self, place: &FigurePlace) -> bool {
        self.ticked.get(place.id.as_rc()) == Some(&as_ticked(place))
    }

    /// How many figures are not ticked (as they read now).
    pub fn unticked(&self) -> usize {
        self.model.figures().iter().filter(|f| !self.is_ticked(f)).count()
    }

    /// The judgements still to confirm, each with where it belongs and its question.
    pub fn open_marks(&self) -> &[(Mark, String)] {
        &self.imported.marks
    }

    /// The judgements still to confirm in the page's order: the footer's sources and the key
    /// figures first, then section by section its own, its items', its charts'.
    pub fn marks_in_page_order(&self) -> Vec<&(Mark, String)> {
        let sections = self.model.sections();
        let section_of = |mark: &Mark| -> Option<usize> {
            match mark {
                Mark::Section(id) => sections.iter().position(|s| *s.id == **id),
                Mark::Item(text) => sections
                    .iter()
                    .position(|s| s.lines().iter().any(|line| *line.text == **text)),
                Mark::Chart(id) => {
                    let section = &self.model.chart(id)?.section;
                    sections.iter().position(|s| s.id == *section)
                }
                Mark::KeyFigures | Mark::Sources => None,
            }
        };
        let rank = |mark: &Mark| match mark {
            Mark::Sources => (0, 0),
            Mark::KeyFigures => (0, 1),
            Mark::Section(_) => (1 + section_of(mark).unwrap_or(sections.len()), 0),
            Mark::Item(_) => (1 + section_of(mark).unwrap_or(sections.len()), 1),
            Mark::Chart(_) => (1 + section_of(mark).unwrap_or(sections.len()), 2),
        };
        let mut ordered: Vec<&(Mark, String)> = self.imported.marks.iter().collect();
        ordered.sort_by_key(|(mark, _)| rank(mark));
        ordered
    }

    /// The data file (`report.toml`): the report, each open judgement as a `# 待核对:` comment.
    pub fn data_file(&self) -> String {
        to_toml(&self.imported, &self.name)
    }

    /// The file name a download of the data file gets.
    pub fn data_file_name(&self) -> String {
        "report.toml".to_owned()
    }
}

/// A decision the office makes in the editor, by the ids of what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A section's icon (a name of `data::icons::NAMES`).
    Icon { section: Rc<str>, icon: Rc<str> },
    /// The figures a section's tile shows (at most three, of its own).
    Highlights { section: Rc<str>, figures: Rc<[Rc<str>]> },
    /// The key figures at the top of the page (at most eight), in order.
    KeyFigures(Rc<[Rc<str>]>),
    /// A chart's title (words of the sentence that states its figures).
    ChartTitle { chart: Rc<str>, title: Rc<str> },
    /// A chart the importer proposed, dropped.
    DropChart(Rc<str>),
    /// A figure's label (words of its sentence).
    FigureLabel { figure: Rc<str>, label: Rc<str> },
    /// The sources named in the footer.
    Sources(Rc<[Rc<str>]>),
    /// The report's public address (none: relative links).
    PublicUrl(Option<Rc<str>>),
    /// The talk's length for the presenter's timer, in minutes.
    TalkMinutes(Option<u16>),
    /// The sites allowed to embed the report's blocks (none: any site).
    EmbedSites(Option<Rc<[Rc<str>]>>),
    /// Who publishes the report (none: not shown).
    Publisher(Option<Rc<str>>),
    /// When it is published, as written (`2024年1月`; none: not shown).
    Published(Option<Rc<str>>),
}

impl Edit {
    /// The judgement this decision settles, if any: only dropping a chart, which leaves nothing
    /// to judge. Every other decision leaves its judgement open with its control, for the office to
    /// go on (a tile's second figure, a title changed twice) until it says 确认无误.
    fn settles(&self) -> Option<Mark> {
        match self {
            Edit::DropChart(chart) => Some(Mark::Chart(chart.clone())),
            _ => None,
        }
    }

    /// `report` with this decision made.
    fn apply(&self, report: &Report) -> Report {
        let mut next = report.clone();
        match self {
            Edit::Icon { section, icon } => with_section(&mut next, section, |own_icon, _| *own_icon = icon.clone()),
            Edit::Highlights { section, figures } => {
                with_section(&mut next, section, |_, highlights| *highlights = figures.clone())
            }
            Edit::KeyFigures(figures) => next.meta.key_figures = figures.clone(),
            Edit::ChartTitle { chart, title } => {
                next.charts = report
                    .charts
                    .iter()
                    .map(|c| {
                        if c.id == *chart {
                            Chart {
                                title: title.clone(),
                                ..c.clone()
                            }
                        } else {
                            c.clone()
                        }
                    })
                    .collect();
            }
            Edit::DropChart(chart) => next.charts = report.charts.iter().filter(|c| c.id != *chart).cloned().collect(),
            Edit::FigureLabel { figure, label } => relabel(&mut next, figure, label),
            Edit::Sources(sources) => next.meta.sources = sources.clone(),
            Edit::PublicUrl(url) => next.site.public_url = url.clone(),
            Edit::TalkMinutes(minutes) => next.site.talk_minutes = *minutes,
            Edit::EmbedSites(sites) => next.site.embed_frame_ancestors = sites.clone(),
            Edit::Publisher(publisher) => next.site.publisher = publisher.clone(),
            Edit::Published(date) => next.site.published = date.clone(),
        }
        next
    }
}

/// Calls `change` with the icon and highlights of the section `id` of `report` (its areas, its
/// tasks, its proposals report).
fn with_section(report: &mut Report, id: &str, change: impl FnOnce(&mut Rc<str>, &mut Rc<[Rc<str>]>)) {
    if *report.tasks.id == *id {
        return change(&mut report.tasks.icon, &mut report.tasks.highlights);
    }
    if let Some(p) = report.proposals.as_mut().filter(|p| *p.id == *id) {
        return change(&mut p.icon, &mut p.highlights);
    }
    let mut areas = report.review.areas.to_vec();
    if let Some(area) = areas.iter_mut().find(|a| *a.id == *id) {
        change(&mut area.icon, &mut area.highlights);
    }
    report.review.areas = Rc::from(areas);
}

/// `report` with the figure `id` labelled `label`, wherever it is stated.
fn relabel(report: &mut Report, id: &str, label: &Rc<str>) {
    let item = |item: &Item| Item {
        figures: item
            .figures
            .iter()
            .map(|f| {
                if *f.id == *id {
                    Figure {
                        label: label.clone(),
                        ..f.clone()
                    }
                } else {
                    f.clone()
                }
            })
            .collect(),
        ..item.clone()
    };
    let items = |items: &[Item]| -> Rc<[Item]> { items.iter().map(item).collect() };
    let groups = |groups: &[Group]| -> Rc<[Group]> {
        groups
            .iter()
            .map(|g| Group {
                items: items(&g.items),
                ..g.clone()
            })
            .collect()
    };
    report.review.areas = report
        .review
        .areas
        .iter()
        .map(|a| Area {
            groups: groups(&a.groups),
            ..a.clone()
        })
        .collect();
    report.tasks.items = items(&report.tasks.items);
    if let Some(p) = report.proposals.as_mut() {
        p.summary = item(&p.summary);
        p.groups = groups(&p.groups);
        p.outlook.items = items(&p.outlook.items);
    }
}

/// Everything that changes a [`Draft`] once opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftAction {
    /// A proofreader ticked a figure (by id) as it reads now.
    Tick(Rc<str>),
    /// The tick taken back.
    Untick(Rc<str>),
    /// A decision made (it settles its judgement, if it has one).
    Edit(Edit),
    /// A judgement confirmed (its place and its question), as it stands.
    Confirm(Mark, String),
}

impl Draft {
    /// The report's problems, as `check-data` finds them (by field path), after the office's
    /// decisions.
    pub fn problems(&self) -> Vec<crate::data::Problem> {
        crate::data::validate(self.model.report())
    }

    /// Whether two drafts hold the same report, judgements and ticks.
    pub fn same_as(&self, other: &Draft) -> bool {
        self.model.report() == other.model.report()
            && self.imported.marks == other.imported.marks
            && self.ticked == other.ticked
    }

    /// This draft with another report (its model built anew) and judgements, its ticks kept.
    fn with_imported(&self, imported: Imported) -> Draft {
        Draft {
            ticked: self.ticked.clone(),
            ..Draft::of(&self.name, imported)
        }
    }

    /// This draft with fewer open judgements: the same report, so the same model.
    fn with_marks(&self, marks: Vec<(Mark, String)>) -> Draft {
        Draft {
            imported: Rc::new(Imported {
                report: self.imported.report.clone(),
                marks,
            }),
            ..self.clone()
        }
    }
}

impl Reducible for Draft {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftAction::Tick(id) => {
                let Some(place) = self.model.figure(&id) else {
                    return self;
                };
                next.ticked.insert(id, as_ticked(place));
            }
            DraftAction::Untick(id) => {
                next.ticked.remove(&id);
            }
            DraftAction::Edit(edit) => {
                let settled = edit.settles();
                let marks = self
                    .imported
                    .marks
                    .iter()
                    .filter(|(m, _)| Some(m) != settled.as_ref())
                    .cloned()
                    .collect();
                let report = edit.apply(&self.imported.report);
                next = self.with_imported(Imported { report, marks });
            }
            DraftAction::Confirm(mark, question) => {
                let marks = self
                    .imported
                    .marks
                    .iter()
                    .filter(|(m, q)| *m != mark || *q != question)
                    .cloned()
                    .collect();
                next = self.with_marks(marks);
            }
        }
        Rc::new(next)
    }
}

/// A judgement's place as the saved draft writes it (`section:area-1`, `item:<text>`, …).
fn mark_key(mark: &Mark) -> String {
    match mark {
        Mark::KeyFigures => "key-figures".to_owned(),
        Mark::Sources => "sources".to_owned(),
        Mark::Section(id) => format!("section:{id}"),
        Mark::Item(text) => format!("item:{text}"),
        Mark::Chart(id) => format!("chart:{id}"),
    }
}

fn mark_of(key: &str) -> Option<Mark> {
    Some(match key.split_once(':') {
        None if key == "key-figures" => Mark::KeyFigures,
        None if key == "sources" => Mark::Sources,
        Some(("section", id)) => Mark::Section(Rc::from(id)),
        Some(("item", text)) => Mark::Item(Rc::from(text)),
        Some(("chart", id)) => Mark::Chart(Rc::from(id)),
        _ => return None,
    })
}

type Pairs = Rc<[(Rc<str>, Rc<str>)]>;

impl Draft {
    /// The draft as the browser keeps it (every change is saved at once): its name, its data
    /// file, its open judgements and its ticks, in the page data's compact form.
    pub fn saved(&self) -> String {
        let marks: Pairs = self
            .imported
            .marks
            .iter()
            .map(|(mark, question)| (Rc::from(mark_key(mark)), Rc::from(question.as_str())))
            .collect();
        let ticks: Pairs = self
            .ticked
            .iter()
            .map(|(id, as_was)| (id.clone(), Rc::from(as_was.as_str())))
            .collect();
        let head: (Rc<str>, Rc<str>) = (self.name.clone(), Rc::from(self.data_file()));
        crate::data::compact::to_string(&(head, (marks, ticks)))
    }

    /// A draft from [`Draft::saved`]'s text, as it was (a report the office's decisions made
    /// invalid is restored too, its problems shown again).
    pub fn restore(text: &str) -> Result<Draft, String> {
        type Saved = ((Rc<str>, Rc<str>), (Pairs, Pairs));
        let ((name, data_file), (marks, ticks)): Saved =
            crate::data::compact::from_str(text).map_err(|e| e.to_string())?;
        let (report, problems) = check_text("report.toml", &data_file);
        let report = report.ok_or_else(|| problems.join("\n"))?;
        let marks = marks
            .iter()
            .filter_map(|(key, question)| Some((mark_of(key)?, question.to_string())))
            .collect();
        let mut draft = Draft::of(&name, Imported { report, marks });
        draft.ticked = ticks
            .iter()
            .map(|(id, as_was)| (id.clone(), as_was.to_string()))
            .collect();
        Ok(draft)
    }
}

/// The draft and the states before and after it, for 撤销 and 重做.
#[derive(Clone, PartialEq)]
pub struct History {
    pub draft: Rc<Draft>,
    past: Vec<Rc<Draft>>,
    future: Vec<Rc<Draft>>,
}

/// The most steps 撤销 goes back.
pub const MOST_UNDO: usize = 200;

/// Everything that changes the [`History`].
#[derive(Clone, PartialEq)]
pub enum HistoryAction {
    Do(DraftAction),
    /// Another file opened: the draft before it stays one 撤销 away.
    Open(Rc<Draft>),
    Undo,
    Redo,
}

impl History {
    pub fn new(draft: Draft) -> History {
        History {
            draft: Rc::new(draft),
            past: Vec::new(),
            future: Vec::new(),
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

impl Reducible for History {
    type Action = HistoryAction;

    fn reduce(self: Rc<Self>, action: HistoryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            HistoryAction::Do(action) => {
                let draft = self.draft.clone().reduce(action);
                if draft.same_as(&self.draft) {
                    return self;
                }
                next.past.push(std::mem::replace(&mut next.draft, draft));
                if next.past.len() > MOST_UNDO {
                    next.past.remove(0);
                }
                next.future.clear();
            }
            HistoryAction::Open(draft) => {
                next.past.push(std::mem::replace(&mut next.draft, draft));
                next.future.clear();
            }
            HistoryAction::Undo => match next.past.pop() {
                Some(before) => next.future.push(std::mem::replace(&mut next.draft, before)),
                None => return self,
            },
            HistoryAction::Redo => match next.future.pop() {
                Some(after) => next.past.push(std::mem::replace(&mut next.draft, after)),
                None => return self,
            },
        }
        Rc::new(next)
    }
}

/// A file's bytes as text: UTF-8 (with or without its BOM), UTF-16 by its BOM (what Word's
/// “Unicode” text is), else GB18030/GBK (what Chinese Windows saves), decoded by `gb18030` (the
/// browser's `TextDecoder`); a Word document or anything else unreadable is said in plain words.
pub fn source_text(bytes: &[u8], gb18030: impl Fn(&[u8]) -> Option<String>) -> Result<String, String> {
    const WORD: &str = "这是 Word 文档（.docx），不是纯文本。请在 Word 中选择“另存为”，保存类型选“纯文本（*.txt）”，再打开保存的文件；或者全选复制正文，粘贴到下面的文本框。";
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(WORD.to_owned());
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err("这是旧版 Word 文档（.doc），不是纯文本。请在 Word 中另存为“纯文本（*.txt）”，或复制正文粘贴到下面的文本框。".to_owned());
    }
    let utf16 = |bytes: &[u8], little: bool| {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|pair| {
                if little {
                    u16::from_le_bytes([pair[0], pair[1]])
                } else {
                    u16::from_be_bytes([pair[0], pair[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| "文件按 UTF-16 保存，但内容有损坏，无法读取。".to_owned())
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    gb18030(bytes)
        .ok_or_else(|| "无法识别这个文件的文字编码。请用记事本打开它，选择“另存为”，编码选“UTF-8”后再打开。".to_owned())
}
