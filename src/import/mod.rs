//! The importer: a data file from a report in its published
//! text form (the form of `assets/source/report-2023.txt`): banner, title, the review (heading,
//! introduction, lead-in, numbered areas with `- …**` sub-headings and ` - ` items), the year's
//! tasks (heading, `…：` label, requirements, `- ` tasks), and the proposals report (heading,
//! summary, measures heading with its sub-headings and items, the next year's approach).
//!
//! Every line is kept verbatim in its place; every quantity becomes a figure (`figures.rs`); ids,
//! icons, highlights, key figures and charts follow fixed rules, each marked `# 待核对:` for a
//! person to confirm (`write.rs`). A line that fits nowhere is an error naming its line.

mod figures;
mod read_marks;
pub use figures::{quantities, Found, Reading};
mod write;

use crate::data::schema::{Area, Group, Item, Meta, Outlook, Proposals, Report, Review, Site, Tasks};
use std::rc::Rc;

pub use read_marks::marks_in;
pub use write::to_toml;

/// A line the importer could not place, by its line number (1-based) in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "第 {} 行：{}", self.line, self.message)
    }
}

/// Where a judgement a person should confirm belongs in the written file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    KeyFigures,
    Sources,
    /// A section by id (its icon and highlights).
    Section(Rc<str>),
    /// An item, by its text (items are unique lines of the report).
    Item(Rc<str>),
    Chart(Rc<str>),
}

/// The imported report and the judgements to confirm.
pub struct Imported {
    pub report: Report,
    pub marks: Vec<(Mark, String)>,
}

/// One non-empty line of the source, by what its markers say it is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// No marker: a title, heading or paragraph.
    Plain,
    /// `- text**`: a sub-heading.
    SubHeading,
    /// `- text。**`: written like a sub-heading but a sentence (ends with 。): an item.
    SentenceAsSubHeading,
    /// ` - text` (indented): an item under a sub-heading.
    Item,
    /// `- text` (not indented, no **): an item of a list (the tasks, the next year's approach).
    Bullet,
}

#[derive(Debug, Clone)]
struct Line {
    number: usize,
    kind: Kind,
    /// The words, without list markers and `**`.
    text: Rc<str>,
}

fn classify(number: usize, raw: &str) -> Option<Line> {
    let trimmed_end = raw.trim_end();
    if trimmed_end.trim().is_empty() {
        return None;
    }
    // Indented with spaces, tabs or the full-width space a Chinese editor types.
    let indented = raw.starts_with([' ', '\t', '\u{3000}']);
    let (listed, body) = match trimmed_end
        .trim_start_matches([' ', '\t', '\u{3000}'])
        .strip_prefix("- ")
    {
        Some(body) => (true, body),
        None => (false, trimmed_end.trim_start_matches([' ', '\t', '\u{3000}'])),
    };
    let (bold, body) = match body.strip_suffix("**") {
        Some(body) => (true, body),
        None => (false, body),
    };
    let text = body.replace("**", "");
    let kind = match (listed, indented, bold) {
        (false, _, _) => Kind::Plain,
        (true, true, _) => Kind::Item,
        (true, false, true) if text.trim_end().ends_with('。') => Kind::SentenceAsSubHeading,
        (true, false, true) => Kind::SubHeading,
        (true, false, false) => Kind::Bullet,
    };
    Some(Line {
        number,
        kind,
        text: Rc::from(text.trim()),
    })
}

/// The source's lines, read in order.
struct Lines {
    lines: Vec<Line>,
    next: usize,
    /// The last line number, for errors at the end of the text.
    end: usize,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .filter_map(|(i, raw)| classify(i + 1, raw))
            .collect();
        Lines {
            lines,
            next: 0,
            end: text.lines().count().max(1),
        }
    }

    fn peek(&self) -> Option<&Line> {
        self.lines.get(self.next)
    }

    fn error(&self, message: String) -> ImportError {
        ImportError {
            line: self.peek().map_or(self.end, |l| l.number),
            message,
        }
    }

    /// The next line, which must be plain text: `what` names it in the error otherwise.
    fn plain(&mut self, what: &str) -> Result<Rc<str>, ImportError> {
        match self.peek().cloned() {
            Some(line) if line.kind == Kind::Plain => {
                self.next += 1;
                Ok(line.text)
            }
            Some(line) => Err(self.error(format!("这里应是{what}，却是列表行“{}”", line.text))),
            None => Err(self.error(format!("报告在这里结束，缺少{what}"))),
        }
    }

    /// Consecutive lines of `kind`, as items.
    fn items_of(&mut self, kinds: &[Kind]) -> Vec<Item> {
        let mut items = Vec::new();
        while let Some(line) = self.peek().filter(|l| kinds.contains(&l.kind)).cloned() {
            items.push(Item {
                text: line.text,
                figures: Rc::from(vec![]),
            });
            self.next += 1;
        }
        items
    }
}

/// `一、…` … `十、…`: the heading of a numbered work area.
fn is_area_heading(text: &str) -> bool {
    let numeral: String = text
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect();
    !numeral.is_empty() && text[numeral.len()..].starts_with('、')
}

/// Sub-headings, each with its items; a sentence written as a sub-heading joins the items of the
/// one before it (marked for review).
fn groups(lines: &mut Lines, marks: &mut Vec<(Mark, String)>) -> Result<Vec<Group>, ImportError> {
    let mut groups: Vec<Group> = Vec::new();
    while let Some(line) = lines.peek().cloned() {
        match line.kind {
            Kind::SubHeading => {
                lines.next += 1;
                let items = lines.items_of(&[Kind::Item]);
                groups.push(Group {
                    heading: line.text.clone(),
                    items: Rc::from(items),
                });
            }
            Kind::SentenceAsSubHeading if !groups.is_empty() => {
                lines.next += 1;
                marks.push((
                    Mark::Item(line.text.clone()),
                    format!(
                        "原文第 {} 行写作小标题（- ……**），但它是以句号结尾的一句举措，导入为上一小标题下的事项",
                        line.number
                    ),
                ));
                let mut items: Vec<Item> = groups.last().map(|g| g.items.to_vec()).unwrap_or_default();
                items.push(Item {
                    text: line.text.clone(),
                    figures: Rc::from(vec![]),
                });
                items.extend(lines.items_of(&[Kind::Item]));
                if let Some(last) = groups.last_mut() {
                    last.items = Rc::from(items);
                }
            }
            Kind::Item if groups.is_empty() => {
                return Err(lines.error(format!("事项“{}”之前没有小标题（- ……**）", line.text)));
            }
            _ => break,
        }
    }
    Ok(groups)
}

fn review(lines: &mut Lines, marks: &mut Vec<(Mark, String)>) -> Result<Review, ImportError> {
    let heading = lines.plain("第一部分的标题（如“2023年工作回顾”）")?;
    let intro = lines.plain("第一部分的导语")?;
    let results_heading = lines.plain("导语之后的引题（如“取得明显成效”）")?;
    let mut areas = Vec::new();
    while let Some(line) = lines
        .peek()
        .filter(|l| l.kind == Kind::Plain && is_area_heading(&l.text))
        .cloned()
    {
        lines.next += 1;
        let id: Rc<str> = Rc::from(format!("area-{}", areas.len() + 1));
        let groups = groups(lines, marks)?;
        if groups.is_empty() {
            return Err(lines.error(format!("工作方面“{}”之下没有小标题（- ……**）", line.text)));
        }
        areas.push(Area {
            id,
            heading: line.text.clone(),
            icon: Rc::from(""),
            highlights: Rc::from(vec![]),
            groups: Rc::from(groups),
        });
    }
    if areas.is_empty() {
        return Err(lines.error("这里应是第一个工作方面（“一、……”）".to_owned()));
    }
    Ok(Review {
        id: Rc::from("review"),
        heading,
        intro,
        results_heading,
        areas: Rc::from(areas),
    })
}

/// `2024年主要任务` → `tasks-2024`; a heading without a year → `tasks`.
fn tasks_id(heading: &str) -> Rc<str> {
    let year: String = heading.chars().take_while(char::is_ascii_digit).collect();
    if year.len() == 4 && heading[4..].starts_with('年') {
        Rc::from(format!("tasks-{year}"))
    } else {
        Rc::from("tasks")
    }
}

fn tasks(lines: &mut Lines) -> Result<Tasks, ImportError> {
    let heading = lines.plain("第二部分的标题（如“2024年主要任务”）")?;
    let requirements_label = lines.plain("总体要求的标签（如“工作总体要求：”）")?;
    if !requirements_label.ends_with('：') {
        return Err(ImportError {
            line: lines.lines[lines.next - 1].number,
            message: format!("“{requirements_label}”应是以“：”结尾的总体要求标签"),
        });
    }
    let requirements = lines.plain("总体要求的段落")?;
    let items = lines.items_of(&[Kind::Bullet]);
    if items.is_empty() {
        return Err(lines.error("这里应是各项任务（- ……）".to_owned()));
    }
    Ok(Tasks {
        id: tasks_id(&heading),
        heading,
        icon: Rc::from(""),
        highlights: Rc::from(vec![]),
        requirements_label,
        requirements,
        items: Rc::from(items),
    })
}

fn proposals(lines: &mut Lines, marks: &mut Vec<(Mark, String)>) -> Result<Proposals, ImportError> {
    let heading = lines.plain("提案工作报告的标题")?;
    let summary = lines.plain("提案工作的总体情况段落")?;
    let measures_heading = lines.plain("工作举措的标题（如“工作举措”）")?;
    let groups = groups(lines, marks)?;
    if groups.is_empty() {
        return Err(lines.error("工作举措之下应是小标题（- ……**）".to_owned()));
    }
    let outlook_heading = lines.plain("来年提案工作思路的标题")?;
    let outlook_items = lines.items_of(&[Kind::Bullet]);
    if outlook_items.is_empty() {
        return Err(lines.error("这里应是来年提案工作思路的各项（- ……）".to_owned()));
    }
    Ok(Proposals {
        id: Rc::from("proposals"),
        heading,
        icon: Rc::from(""),
        highlights: Rc::from(vec![]),
        measures_heading,
        summary: Item {
            text: summary,
            figures: Rc::from(vec![]),
        },
        groups: Rc::from(groups),
        outlook: Outlook {
            heading: outlook_heading,
            items: Rc::from(outlook_items),
        },
    })
}

/// The report's structure from its text, every line in its place (figures, icons and the
/// choices come after).
fn structure(text: &str) -> Result<(Report, Vec<(Mark, String)>), ImportError> {
    // A byte-order mark (older Windows editors write one) is not part of the banner.
    let mut lines = Lines::new(text.strip_prefix('\u{feff}').unwrap_or(text));
    let mut marks = Vec::new();
    let banner = lines.plain("刊头（如“两会特别报道”）")?;
    let title = lines.plain("标题")?;
    let review = review(&mut lines, &mut marks)?;
    let tasks = tasks(&mut lines)?;
    // A work report published without the report on proposals ends after its tasks.
    let proposals = match lines.peek() {
        Some(_) => Some(proposals(&mut lines, &mut marks)?),
        None => None,
    };
    if let Some(line) = lines.peek() {
        let text = line.text.clone();
        return Err(lines.error(format!(
            "无法归入报告结构：“{text}”（来年提案工作思路之后不应再有内容）"
        )));
    }
    let sources = Rc::from(
        std::iter::once(title.clone())
            .chain(proposals.as_ref().map(|p| p.heading.clone()))
            .collect::<Vec<_>>(),
    );
    marks.push((
        Mark::Sources,
        "资料来源取自标题和提案工作报告的标题，请改为报告自己的名称".to_owned(),
    ));
    let report = Report {
        site: Site::default(),
        meta: Meta {
            banner,
            title,
            sources,
            key_figures: Rc::from(vec![]),
        },
        review,
        tasks,
        proposals,
        charts: Rc::from(vec![]),
    };
    Ok((report, marks))
}

/// The whole import: structure, figures, then the choices a person should confirm.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let (report, mut marks) = structure(text)?;
    let report = figures::with_figures(report, &mut marks);
    let report = figures::with_choices(report, &mut marks);
    Ok(Imported { report, marks })
}
