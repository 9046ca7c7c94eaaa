//! The quantities in an item's text, as figures: the number as written (decimals kept), 余, the
//! unit exactly as written, and a label from the words before it. Numbers that are names are not
//! figures: years (`2024年`), anniversaries and sessions (`75周年`, `16届`), dates, and anything
//! inside quotation marks or book-title marks (`“13710”`, `《…2.0》`).
//!
//! Then the choices a person should confirm, by fixed rules: icons in order, each section's first
//! three figures as its highlights, key figures, and a bar chart for every item that states two or
//! more figures in one unit.

use super::Mark;
use crate::data::schema::{Area, Chart, ChartKind, Figure, FigureValue, Group, Item, Report};
use std::rc::Rc;

/// Units as reports write them, longest first where one begins another.
const UNITS: [&str; 53] = [
    "个百分点",
    "个月",
    "万平方米",
    "平方公里",
    "万人次",
    "万千瓦",
    "万余人",
    "平方米",
    "千瓦时",
    "万元",
    "亿元",
    "万人",
    "人次",
    "场次",
    "篇次",
    "批次",
    "件次",
    "户次",
    "个",
    "件",
    "次",
    "家",
    "条",
    "篇",
    "场",
    "%",
    "％",
    "人",
    "项",
    "名",
    "位",
    "户",
    "所",
    "期",
    "份",
    "本",
    "套",
    "元",
    "天",
    "小时",
    "公里",
    "米",
    "吨",
    "台",
    "座",
    "处",
    "支",
    "种",
    "类",
    "批",
    "万",
    "亿",
    "倍",
];

/// What follows a number that is a name, not a quantity.
const NAMES: [&str; 6] = ["周年", "届", "号", "月", "日", "年"];

/// Words at the start or end of a label that belong to the sentence, not to the quantity.
const LEADING_FILLERS: [&str; 3] = ["其中", "并", "共"];
const TRAILING_FILLERS: [&str; 4] = ["达", "为", "约", "共"];

/// A quantity found in a text: where its number starts, its parts, and where it ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub approximate: bool,
    pub reading: Reading,
}

/// What a number in the text can become.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A figure: its number as written and its unit.
    Figure(FigureValue, &'static str),
    /// A number followed by no unit the importer knows.
    NoUnit,
    /// Written in a way a figure cannot hold as written (the reason).
    Unwritable(&'static str),
}

impl Found {
    /// The number and unit, when it is a figure.
    pub fn figure(&self) -> Option<(&FigureValue, &'static str)> {
        match &self.reading {
            Reading::Figure(value, unit) => Some((value, unit)),
            _ => None,
        }
    }
}

/// The byte ranges inside quotation and book-title marks (numbers there are names).
fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    for (at, c) in text.char_indices() {
        let closes = match c {
            '”' => Some('“'),
            '’' => Some('‘'),
            '》' => Some('《'),
            '」' => Some('「'),
            _ => None,
        };
        if matches!(c, '“' | '‘' | '《' | '「') {
            open.push((c, at));
        } else if let Some(opener) = closes {
            if let Some(position) = open.iter().rposition(|(o, _)| *o == opener) {
                let (_, start) = open.remove(position);
                open.truncate(position);
                ranges.push((start, at));
            }
        }
    }
    ranges
}

/// Every number in `text` with what follows it; names and quoted numbers left out.
pub fn quantities(text: &str) -> Vec<Found> {
    let quoted = quoted_ranges(text);
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() || (at > 0 && (bytes[at - 1].is_ascii_digit() || bytes[at - 1] == b'.')) {
            at += 1;
            continue;
        }
        let start = at;
        let mut end = at;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        if end + 1 < bytes.len() && bytes[end] == b'.' && bytes[end + 1].is_ascii_digit() {
            end += 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
        }
        at = end;
        let inside_quotes = quoted.iter().any(|&(open, close)| open < start && start < close);
        let rest = &text[end..];
        let ordinal = text[..start].ends_with('第');
        if inside_quotes || ordinal || (NAMES.iter().any(|name| rest.starts_with(name)) && !rest.starts_with("年度"))
        {
            continue;
        }
        found.push(reading_at(text, start, end));
        at = found.last().map_or(at, |f| f.end.max(at));
    }
    found
}

/// The number written from `start` to `end` in `text`, with what follows it.
fn reading_at(text: &str, start: usize, end: usize) -> Found {
    let rest = &text[end..];
    // "1,200": a thousands separator, which a figure as written cannot hold.
    let grouped = rest
        .strip_prefix([',', '，'])
        .is_some_and(|r| r.len() >= 3 && r.as_bytes()[..3].iter().all(u8::is_ascii_digit));
    if grouped {
        let digits = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '，'));
        let end = end + digits.map_or(rest.len(), |(i, _)| i);
        return Found {
            start,
            end,
            approximate: false,
            reading: Reading::Unwritable("数字中有千分位逗号"),
        };
    }
    let (approximate, after) = match rest.strip_prefix('余') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let unit = UNITS.iter().copied().find(|unit| after.starts_with(unit));
    let number = &text[start..end];
    let end = end + usize::from(approximate) * '余'.len_utf8() + unit.map_or(0, str::len);
    let reading = match (FigureValue::parse(number), unit) {
        (Err(_), _) => Reading::Unwritable("以 0 开头或超过 15 位"),
        // "300万余元": 余 after 万/亿 cannot be written as a number, 余 and a unit.
        (Ok(_), Some("万" | "亿")) if text[end..].starts_with('余') => Reading::Unwritable("“余”写在“万/亿”之后"),
        (Ok(value), Some(unit)) => Reading::Figure(value, unit),
        (Ok(_), None) => Reading::NoUnit,
    };
    Found {
        start,
        end,
        approximate,
        reading,
    }
}

/// The words before a quantity, back to the punctuation or the quantity before it.
fn label(text: &str, from: usize, to: usize) -> String {
    let before = &text[from..to];
    let start = before
        .char_indices()
        .filter(|(_, c)| "，。、；：,;:（）()【】“”‘’《》 ".contains(*c))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    let mut words = &before[start..];
    for filler in LEADING_FILLERS {
        if let Some(rest) = words.strip_prefix(filler).filter(|r| !r.is_empty()) {
            words = rest;
        }
    }
    for filler in TRAILING_FILLERS {
        if let Some(rest) = words.strip_suffix(filler).filter(|r| !r.is_empty()) {
            words = rest;
        }
    }
    words.trim().to_owned()
}

/// The words after a quantity, up to the next punctuation.
fn label_after(text: &str, from: usize) -> String {
    let after = &text[from..];
    let end = after
        .char_indices()
        .find(|(_, c)| "，。、；：,;:（）()【】“”‘’《》 ".contains(*c) || c.is_ascii_digit())
        .map_or(after.len(), |(i, _)| i);
    after[..end].trim().to_owned()
}

/// An item with its figures, ids `<section>-figure-<n>` counted on from `counter`.
fn item_with_figures(item: &Item, section: &str, counter: &mut usize, marks: &mut Vec<(Mark, String)>) -> Item {
    let text = &item.text;
    let mut figures = Vec::new();
    let mut previous_end = 0;
    for found in quantities(text) {
        let written = &text[found.start..found.end];
        let (value, unit) = match &found.reading {
            Reading::Figure(value, unit) => (value.clone(), *unit),
            Reading::NoUnit => {
                marks.push((
                    Mark::Item(text.clone()),
                    format!("数字“{written}”后没有可识别的单位，未作为数字导入；如是数量，请补上 figures"),
                ));
                previous_end = found.end;
                continue;
            }
            Reading::Unwritable(why) => {
                marks.push((
                    Mark::Item(text.clone()),
                    format!("“{written}”{why}，未作为数字导入，请核对"),
                ));
                previous_end = found.end;
                continue;
            }
        };
        *counter += 1;
        let mut label = label(text, previous_end, found.start);
        if label.chars().count() < 2 {
            // "与40余个外地政协开展联合视察调研": the words after the quantity say what it counts.
            let after = label_after(text, found.end);
            if after.chars().count() >= 2 {
                marks.push((
                    Mark::Item(text.clone()),
                    format!("“{written}”之前没有可作标签的词语，标签取其后的“{after}”"),
                ));
                label = after;
            }
        }
        if label.is_empty() {
            label = unit.to_owned();
            marks.push((
                Mark::Item(text.clone()),
                format!("第 {counter} 个数字前没有文字，标签暂用单位，请改写"),
            ));
        } else if label.chars().count() > 12 {
            marks.push((
                Mark::Item(text.clone()),
                format!("标签“{label}”较长，可缩短为原文中更短的词语"),
            ));
        }
        figures.push(Figure {
            id: Rc::from(format!("{section}-figure-{counter}")),
            value,
            unit: Rc::from(unit),
            label: Rc::from(label),
            approximate: found.approximate,
        });
        previous_end = found.end;
    }
    Item {
        text: item.text.clone(),
        figures: Rc::from(figures),
    }
}

fn items_with_figures(
    items: &[Item],
    section: &str,
    counter: &mut usize,
    marks: &mut Vec<(Mark, String)>,
) -> Rc<[Item]> {
    items
        .iter()
        .map(|i| item_with_figures(i, section, counter, marks))
        .collect()
}

fn groups_with_figures(
    groups: &[Group],
    section: &str,
    counter: &mut usize,
    marks: &mut Vec<(Mark, String)>,
) -> Rc<[Group]> {
    groups
        .iter()
        .map(|g| Group {
            heading: g.heading.clone(),
            items: items_with_figures(&g.items, section, counter, marks),
        })
        .collect()
}

/// Every item's figures, numbered per section.
pub fn with_figures(mut report: Report, marks: &mut Vec<(Mark, String)>) -> Report {
    let areas: Vec<Area> = report
        .review
        .areas
        .iter()
        .map(|area| {
            let mut counter = 0;
            Area {
                groups: groups_with_figures(&area.groups, &area.id, &mut counter, marks),
                ..area.clone()
            }
        })
        .collect();
    report.review.areas = Rc::from(areas);
    let mut counter = 0;
    let tasks_id = report.tasks.id.clone();
    report.tasks.items = items_with_figures(&report.tasks.items, &tasks_id, &mut counter, marks);
    if let Some(proposals) = &mut report.proposals {
        let mut counter = 0;
        proposals.summary = item_with_figures(&proposals.summary, &proposals.id, &mut counter, marks);
        proposals.groups = groups_with_figures(&proposals.groups, &proposals.id, &mut counter, marks);
        proposals.outlook.items = items_with_figures(&proposals.outlook.items, &proposals.id, &mut counter, marks);
    }
    report
}

/// Icons for the work areas, in order (then the tasks' and the proposals' own).
const AREA_ICONS: [&str; 10] = [
    "flag",
    "rocket",
    "heart-handshake",
    "users-group",
    "award",
    "bulb",
    "target-arrow",
    "compass",
    "star",
    "shield-check",
];

/// The first three figures of a list of items, by id.
fn first_three<'a>(items: impl Iterator<Item = &'a Item>) -> Rc<[Rc<str>]> {
    items
        .flat_map(|i| i.figures.iter())
        .take(3)
        .map(|f| f.id.clone())
        .collect()
}

/// Icons, highlights, key figures and charts, each marked for review.
pub fn with_choices(mut report: Report, marks: &mut Vec<(Mark, String)>) -> Report {
    let areas: Vec<Area> = report
        .review
        .areas
        .iter()
        .enumerate()
        .map(|(n, area)| {
            let highlights = first_three(area.groups.iter().flat_map(|g| g.items.iter()));
            let icon = AREA_ICONS[n % AREA_ICONS.len()];
            marks.push((
                Mark::Section(area.id.clone()),
                format!("图标按顺序选用“{icon}”；总览数字取本部分前三个数字（没有数字则显示小标题）"),
            ));
            Area {
                icon: Rc::from(icon),
                highlights,
                ..area.clone()
            }
        })
        .collect();
    report.review.areas = Rc::from(areas);
    report.tasks.icon = Rc::from("calendar-event");
    report.tasks.highlights = first_three(report.tasks.items.iter());
    if let Some(proposals) = &mut report.proposals {
        proposals.icon = Rc::from("file-text");
        proposals.highlights = first_three(
            std::iter::once(&proposals.summary).chain(proposals.groups.iter().flat_map(|g| g.items.iter())),
        );
    }
    let proposals_id = report.proposals.as_ref().map(|p| p.id.clone());
    for id in std::iter::once(report.tasks.id.clone()).chain(proposals_id) {
        marks.push((Mark::Section(id), "图标与总览数字按规则选取，请核对".to_owned()));
    }
    report.meta.key_figures = key_figures(&report);
    marks.push((
        Mark::KeyFigures,
        "页首关键数字取提案工作报告的前三个数字和每个工作方面的第一个数字（至多八个）".to_owned(),
    ));
    report.charts = charts(&report, marks);
    report
}

/// The proposals' highlights, then each area's first figure, at most eight.
fn key_figures(report: &Report) -> Rc<[Rc<str>]> {
    let mut ids: Vec<Rc<str>> = report
        .proposals
        .iter()
        .flat_map(|p| p.highlights.iter().cloned())
        .collect();
    for area in report.review.areas.iter() {
        if let Some(first) = area
            .groups
            .iter()
            .flat_map(|g| g.items.iter())
            .flat_map(|i| i.figures.iter())
            .next()
        {
            ids.push(first.id.clone());
        }
    }
    ids.truncate(crate::data::MOST_KEY_FIGURES);
    ids.into()
}

/// Every item stating two or more figures in one unit gets a bar chart of them, titled by the
/// first one's label (words of the item, as validation requires).
fn charts(report: &Report, marks: &mut Vec<(Mark, String)>) -> Rc<[Chart]> {
    let mut charts = Vec::new();
    let model = crate::model::Model::new(Rc::new(report.clone()));
    for section in model.sections() {
        // Every item that may state figures: the proposals report's summary too.
        for item in section.stating_items() {
            let mut units: Vec<&str> = Vec::new();
            for figure in item.figures.iter() {
                if !units.contains(&&*figure.unit) {
                    units.push(&figure.unit);
                }
            }
            for unit in units {
                let same: Vec<&Figure> = item.figures.iter().filter(|f| &*f.unit == unit).collect();
                if same.len() < 2 {
                    continue;
                }
                let id: Rc<str> = Rc::from(format!("{}-chart-{}", section.id, charts.len() + 1));
                marks.push((
                    Mark::Chart(id.clone()),
                    "同一事项中同一单位的数字画成柱状图；标题取第一个数字的标签，请核对".to_owned(),
                ));
                charts.push(Chart {
                    id,
                    kind: ChartKind::Bars,
                    title: same[0].label.clone(),
                    figures: same.iter().map(|f| f.id.clone()).collect(),
                    notes: Rc::from(vec![]),
                });
            }
        }
    }
    charts.into()
}
