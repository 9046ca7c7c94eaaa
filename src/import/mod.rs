//! The importer: a data file from a report in its published
//! text form (the form of `assets/source/report-2023.txt`): banner, title, the review (heading,
//! introduction, lead-in, numbered areas with `- …**` sub-headings and ` - ` items), the year's
//! tasks (heading, `…：` label, requirements, `- ` tasks), and the proposals report (heading,
//! summary, measures heading with its sub-headings and items, the next year's approach).
//!
//! Every line is kept verbatim in its place; every quantity becomes a figure (`figures.rs`); ids,
//! icons, highlights, key figures and charts follow fixed rules, each marked `# 待核对:` for a
//! person to confirm (`write.rs`). A line that fits nowhere is an error naming its line.

mod clean;
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
    /// `- text**`, or Word's `（一）text`: a sub-heading.
    SubHeading,
    /// `- text。**`: written like a sub-heading but a sentence (ends with 。): an item.
    SentenceAsSubHeading,
    /// ` - text` (indented): an item under a sub-heading.
    Item,
    /// `- text` (not indented, no **): an item of a list (the tasks, the next year's approach).
    Bullet,
    /// Word's numbering or bullet (`1．`, `1、`, `（1）`, `①`, `•`), indented or not: an item
    /// under a sub-heading or of a list, wherever it stands.
    Numbered,
}

/// Spaces and tabs before a line's words, as editors type them (full-width too).
const INDENTATION: [char; 3] = [' ', '\t', '\u{3000}'];

/// The words after a Word list marker at the start of `text`, and whether the marker numbers
/// sub-headings (`（一）`) rather than items.
fn word_marker(text: &str) -> Option<(&str, bool)> {
    const CHINESE_NUMERALS: &str = "一二三四五六七八九十";
    // With Word's Symbol and Wingdings bullets as plain text gives them (U+F0B7, U+F0A7, Ø).
    const BULLETS: &str = "•●·◆◇■□▪▸▶►○◦※➢➤✓◎\u{F0B7}\u{F0A7}\u{F0D8}Ø";
    let after_parenthesised = |digits: &dyn Fn(char) -> bool| {
        let rest = text.strip_prefix(['（', '('])?;
        let inner = rest.find(|c: char| !digits(c)).filter(|&n| n > 0)?;
        rest[inner..].strip_prefix(['）', ')'])
    };
    let words = if let Some(words) = after_parenthesised(&|c| CHINESE_NUMERALS.contains(c)) {
        return Some((words.trim_start_matches(INDENTATION), true));
    } else if let Some(words) = after_parenthesised(&|c: char| c.is_ascii_digit()) {
        words
    } else if let Some(words) = text.strip_prefix(|c: char| ('①'..='⑳').contains(&c) || BULLETS.contains(c)) {
        words
    } else {
        let digits = text.find(|c: char| !c.is_ascii_digit()).filter(|&n| n > 0 && n <= 2)?;
        let words = text[digits..].strip_prefix(['．', '.', '、', ')', '）'])?;
        // "1.5万…" is a number, not an item's number; "1．2023年…" is item 1 (`clean.rs` leaves
        // a full-width point after a line's first digits as it is).
        if text[digits..].starts_with('.') && words.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        words
    };
    Some((words.trim_start_matches(INDENTATION), false))
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
    let indented = raw.starts_with(INDENTATION);
    let unindented = trimmed_end.trim_start_matches(INDENTATION);
    let (listed, body) = match unindented.strip_prefix("- ") {
        Some(body) => (true, body),
        None => (false, unindented),
    };
    let (bold, body) = match body.strip_suffix("**") {
        Some(body) => (true, body),
        None => (false, body),
    };
    let (kind, body) = match (listed, indented, bold) {
        (false, _, _) => match word_marker(body) {
            Some((words, true)) => (Kind::SubHeading, words),
            Some((words, false)) => (Kind::Numbered, words),
            None => (Kind::Plain, body),
        },
        (true, true, _) => (Kind::Item, body),
        (true, false, true) if body.replace("**", "").trim_end().ends_with('。') => (Kind::SentenceAsSubHeading, body),
        (true, false, true) => (Kind::SubHeading, body),
        (true, false, false) => (Kind::Bullet, body),
    };
    Some(Line {
        number,
        kind,
        text: Rc::from(body.replace("**", "").trim()),
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
        let text = clean::cleaned(text);
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

/// Whether a line ends as a sentence does (an item), not as a heading.
fn is_sentence(text: &str) -> bool {
    text.ends_with(['。', '；', '！', '？', ';'])
}

/// The items under a sub-heading: indented ` - ` lines, Word's numbered lines, and `- ` lines
/// that are sentences (an item whose indentation was lost). A `- ` line that is not a sentence is
/// a sub-heading that lost its `**`: said at its line.
fn group_items(lines: &mut Lines) -> Result<Vec<Item>, ImportError> {
    let mut items = Vec::new();
    while let Some(line) = lines.peek().cloned() {
        match line.kind {
            Kind::Item | Kind::Numbered => {}
            Kind::Bullet if is_sentence(&line.text) => {}
            Kind::Bullet => {
                return Err(lines.error(format!(
                    "“{}”像是小标题，但行末缺少“**”（小标题写作“- ……**”，事项写作“ - ……。”）",
                    line.text
                )))
            }
            _ => break,
        }
        lines.next += 1;
        items.push(Item {
            text: line.text,
            figures: Rc::from(vec![]),
        });
    }
    Ok(items)
}

/// Sub-headings, each with its items; a sentence written as a sub-heading joins the items of the
/// one before it (marked for review).
fn groups(lines: &mut Lines, marks: &mut Vec<(Mark, String)>) -> Result<Vec<Group>, ImportError> {
    let mut groups: Vec<Group> = Vec::new();
    while let Some(line) = lines.peek().cloned() {
        match line.kind {
            Kind::SubHeading => {
                lines.next += 1;
                let items = group_items(lines)?;
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
                items.extend(group_items(lines)?);
                if let Some(last) = groups.last_mut() {
                    last.items = Rc::from(items);
                }
            }
            Kind::Item | Kind::Numbered | Kind::Bullet if groups.is_empty() => {
                return Err(lines.error(format!("事项“{}”之前没有小标题（写作“- ……**”或“（一）……”）", line.text)));
            }
            _ => break,
        }
    }
    Ok(groups)
}

/// The lines before the first work area.
struct Front {
    banner: Rc<str>,
    title: Rc<str>,
    heading: Rc<str>,
    intro: Rc<str>,
    results_heading: Rc<str>,
}

/// A title names a report.
fn is_title_like(text: &str) -> bool {
    text.contains("报告")
}

/// The review's heading: a year (`2023年工作回顾`) or a look back.
fn is_heading_like(text: &str) -> bool {
    let year = text.chars().take_while(char::is_ascii_digit).count();
    (year == 4 && text[4..].starts_with('年')) || text.contains("回顾")
}

/// What is missing when only two lines stand before the introduction, and where: read by what
/// each line looks like in its place (a title names a report; the review's heading is a year or
/// a look back), or, when they say nothing clear, both lines named.
fn missing_of_two(two: &[Line], intro: &Line) -> ImportError {
    let (first, second) = (&two[0], &two[1]);
    let (title, heading) = (is_title_like, is_heading_like);
    let (message, line) = if title(&first.text) && heading(&second.text) && !title(&second.text) {
        ("缺少刊头（如“两会特别报道”），它应是第一行".to_owned(), first.number)
    } else if !title(&first.text) && title(&second.text) {
        (
            "缺少第一部分的标题（如“2023年工作回顾”），它应在导语之前".to_owned(),
            intro.number,
        )
    } else if !title(&first.text) && !title(&second.text) && heading(&second.text) {
        ("缺少标题（如“一图读懂区政协常委会工作报告”）".to_owned(), second.number)
    } else {
        (
            format!(
                "导语之前应有刊头、标题和第一部分的标题三行，这里只有两行（“{}”“{}”），请补上缺少的一行",
                first.text, second.text
            ),
            intro.number,
        )
    };
    ImportError { line, message }
}

/// Banner, title, the review's heading, its introduction (the first paragraph before the first
/// work area that ends with 。) and the lead-in: what is missing or doubled is named at its line.
fn front(lines: &mut Lines) -> Result<Front, ImportError> {
    let mut plain: Vec<Line> = Vec::new();
    while let Some(line) = lines.peek().filter(|l| !is_area_heading(&l.text)).cloned() {
        if line.kind != Kind::Plain {
            let what = ["刊头", "标题", "第一部分的标题", "第一部分的导语", "导语之后的引题"];
            let what = what.get(plain.len()).unwrap_or(&"第一个工作方面（“一、……”）");
            return Err(lines.error(format!("这里应是{what}，却是列表行“{}”", line.text)));
        }
        plain.push(line);
        lines.next += 1;
    }
    let Some(intro_at) = plain.iter().position(|l| l.text.ends_with('。')) else {
        return Err(match plain.len() {
            0 => lines.error("报告应以刊头、标题、第一部分的标题和导语开始".to_owned()),
            _ => lines.error("第一个工作方面（“一、……”）之前缺少第一部分的导语（以“。”结尾的一段话）".to_owned()),
        });
    };
    let (before, rest) = plain.split_at(intro_at);
    let (intro, after) = (&rest[0], &rest[1..]);
    match before.len() {
        3 => {}
        2 => return Err(missing_of_two(before, intro)),
        4 if !is_heading_like(&before[1].text) && !is_heading_like(&before[2].text) => {
            return Err(ImportError {
                line: before[1].number,
                message: format!(
                    "标题分成了两行（第 {} 行和第 {} 行），请合为一行",
                    before[1].number, before[2].number
                ),
            })
        }
        n => {
            return Err(ImportError {
                line: intro.number,
                message: format!("导语之前应是刊头、标题和第一部分的标题三行，这里有 {n} 行"),
            })
        }
    }
    match after {
        [lead_in] => Ok(Front {
            banner: before[0].text.clone(),
            title: before[1].text.clone(),
            heading: before[2].text.clone(),
            intro: intro.text.clone(),
            results_heading: lead_in.text.clone(),
        }),
        [] => Err(lines.error("导语和第一个工作方面（“一、……”）之间缺少引题（如“取得明显成效”）".to_owned())),
        [second_paragraph, _, ..] if second_paragraph.text.ends_with('。') => Err(ImportError {
            line: second_paragraph.number,
            message: format!(
                "导语分成了两段（第 {} 行和第 {} 行），请合为一段",
                intro.number, second_paragraph.number
            ),
        }),
        [_, second, ..] => Err(ImportError {
            line: second.number,
            message: format!("导语之后只应有一行引题（如“取得明显成效”），这里多了“{}”", second.text),
        }),
    }
}

fn review(lines: &mut Lines, front: &Front, marks: &mut Vec<(Mark, String)>) -> Result<Review, ImportError> {
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
            return Err(ImportError {
                line: line.number,
                message: format!("工作方面“{}”之下没有小标题（写作“- ……**”或“（一）……”）", line.text),
            });
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
        heading: front.heading.clone(),
        intro: front.intro.clone(),
        results_heading: front.results_heading.clone(),
        areas: Rc::from(areas),
    })
}

/// The lines of a list (the tasks, the next year's approach): `- ` lines, indented or not, and
/// Word's numbering, `（一）` included.
const LIST_ITEMS: &[Kind] = &[Kind::Bullet, Kind::Item, Kind::Numbered, Kind::SubHeading];

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
    let heading_line = lines.peek().map(|l| l.number);
    let heading = lines.plain("第二部分的标题（如“2024年主要任务”）")?;
    let label_line = lines.peek().map_or(lines.end, |l| l.number);
    let requirements_label = lines.plain("总体要求的标签（如“工作总体要求：”）")?;
    if !requirements_label.ends_with('：') {
        let (line, message) = if heading.contains("提案") {
            (
                heading_line.unwrap_or(label_line),
                format!("缺少第二部分（来年的主要任务，如“2024年主要任务”）：“{heading}”是提案工作报告的标题"),
            )
        } else if is_sentence(&requirements_label) {
            (
                label_line,
                format!("“{heading}”之后缺少总体要求的标签（如“工作总体要求：”），这一行应在它之前"),
            )
        } else {
            (
                label_line,
                format!("“{requirements_label}”应是以“：”结尾的总体要求标签"),
            )
        };
        return Err(ImportError { line, message });
    }
    let requirements = lines.plain("总体要求的段落")?;
    let items = lines.items_of(LIST_ITEMS);
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
    let outlook_items = lines.items_of(LIST_ITEMS);
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
    let mut lines = Lines::new(text);
    let mut marks = Vec::new();
    let front = front(&mut lines)?;
    let review = review(&mut lines, &front, &mut marks)?;
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
        std::iter::once(front.title.clone())
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
            banner: front.banner,
            title: front.title,
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

/// Each judgement once, in the order first met: items with the same words share their
/// judgements (they are confirmed together, and the file writes them above each such item).
fn once_each(marks: Vec<(Mark, String)>) -> Vec<(Mark, String)> {
    let mut seen = std::collections::BTreeSet::new();
    marks.into_iter().filter(|mark| seen.insert(mark.clone())).collect()
}

/// The whole import: structure, figures, then the choices a person should confirm.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let (report, mut marks) = structure(text)?;
    let report = figures::with_figures(report, &mut marks);
    let report = figures::with_choices(report, &mut marks);
    Ok(Imported {
        report,
        marks: once_each(marks),
    })
}
