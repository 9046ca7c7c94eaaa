//! The quantities in an item's text, as figures: the number as written (decimals kept), 余, the
//! unit exactly as written, and a label from the words before it. Numbers that are names are not
//! figures: years (`2024年`), anniversaries and sessions (`75周年`, `16届`), dates, and anything
//! inside quotation marks or book-title marks (`“13710”`, `《…2.0》`).
//!
//! Then the choices a person should confirm, by fixed rules: icons in order, each section's first
//! three figures as its highlights, key figures, and a bar chart for every item that states two or
//! more figures in one unit.

use super::Mark;
use crate::data::schema::{Area, Chart, ChartKind, Figure, FigureValue, Group, Item, Qualifier, Report};
use std::rc::Rc;

/// Magnitudes written between a number and its measure word ("30万字", "46.8亿元").
const MAGNITUDES: [&str; 5] = ["万亿", "千万", "百万", "万", "亿"];

/// Units of more than one character, longest first where one begins another.
const LONG_UNITS: [&str; 25] = [
    "个百分点",
    "周岁",
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "个月",
    "千瓦",
    "人次",
    "场次",
    "篇次",
    "批次",
    "件次",
    "户次",
    "架次",
    "车次",
    "百分点",
    "公里",
    "公顷",
    "千米",
    "公斤",
    "千克",
    "小时",
    "分钟",
    "余人",
];

/// Measure words and units of one character: whatever a number counts.
const MEASURE_WORDS: &str = "个件次家条篇场人项名位户所期份本套元天台座处支种类批倍册部亩字辆艘架栋幢间张卷首幅集轮遍回趟例起宗笔门只头棵株盏块片段根节级岁周米吨%％";

/// Words that begin with a measure word's character but are nouns of their own: after a number
/// they are what is counted, not its unit ("12部门", "6片区"), so the number has no unit the
/// importer can name and is marked for a person.
const NOT_MEASURES: [&str; 24] = [
    "部门", "片区", "处室", "名单", "期间", "所有", "项目", "条件", "名义", "类别", "种类", "台账", "座谈", "支部",
    "处理", "场所", "级别", "门类", "周边", "周期", "人员", "人口", "人才", "户籍",
];

/// What follows a number that is a name, not a quantity.
const NAMES: [&str; 6] = ["周年", "届", "号", "月", "日", "年"];

/// What joins the two numbers of a range ("3—5个", "4至6次").
const RANGE_JOINS: [&str; 8] = ["—", "–", "-", "－", "~", "～", "至", "到"];

/// Words at the start or end of a label that belong to the sentence, not to the quantity.
const LEADING_FILLERS: [&str; 3] = ["其中", "并", "共"];
const TRAILING_FILLERS: [&str; 3] = ["达", "为", "共"];

/// A quantity found in a text: where it starts (its qualifier or minus sign included), its
/// parts, and where it ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// Written with 余 after the number.
    pub approximate: bool,
    /// Written with a word before the number that makes it approximate (约, 近, 超过, 逾).
    pub qualifier: Option<Qualifier>,
    pub reading: Reading,
}

/// What a number in the text can become.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A figure: its number as written and its unit.
    Figure(FigureValue, Rc<str>),
    /// A number followed by no unit the importer knows.
    NoUnit,
    /// Written in a way a figure cannot hold as written (the reason).
    Unwritable(&'static str),
}

impl Found {
    /// The number and unit, when it is a figure.
    pub fn figure(&self) -> Option<(&FigureValue, &str)> {
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

/// The unit at the start of `after` (a magnitude, 余 after it, a measure word: "万余人",
/// "亿元", "公里"), as written there.
fn unit_at(after: &str) -> Option<String> {
    let magnitude = MAGNITUDES.iter().copied().find(|m| after.starts_with(m)).unwrap_or("");
    let rest = &after[magnitude.len()..];
    let more = if !magnitude.is_empty() && rest.starts_with('余') {
        "余"
    } else {
        ""
    };
    let rest = &rest[more.len()..];
    let measure = LONG_UNITS
        .iter()
        .copied()
        .find(|unit| rest.starts_with(unit))
        .or_else(|| {
            let first = rest.chars().next().filter(|c| MEASURE_WORDS.contains(*c))?;
            let noun = NOT_MEASURES.iter().any(|word| rest.starts_with(word));
            (!noun).then(|| &rest[..first.len_utf8()])
        })
        .unwrap_or("");
    let unit = format!("{magnitude}{more}{measure}");
    (!unit.is_empty() && unit != "余").then_some(unit)
}

/// The end of the number starting at `at` (digits, then a point and digits).
fn number_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
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
    end
}

/// A range's second number joined at `at` ("—5个", "至6次"): where the range ends, and whether
/// it names years or dates rather than counts.
fn range_after(text: &str, at: usize) -> Option<(usize, bool)> {
    let rest = &text[at..];
    // "100%——30个": a double dash (破折号) breaks the sentence; it joins no range.
    if rest.starts_with("——") {
        return None;
    }
    let join = RANGE_JOINS.iter().find(|join| rest.starts_with(*join))?;
    let second = at + join.len();
    if !text[second..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let end = number_end(text, second);
    let end = end + usize::from(text[end..].starts_with('余')) * '余'.len_utf8();
    if let Some(name) = NAMES.iter().find(|name| text[end..].starts_with(*name)) {
        return Some((end + name.len(), true));
    }
    Some((end + unit_at(&text[end..]).map_or(0, |unit| unit.len()), false))
}

/// Where the number at `start` really begins: a minus sign before it (not a range's join) and a
/// qualifier before that (`Qualifier::ending`: "约", "将近"; not 节约, 最近 or 不超过); the number
/// itself starts after the qualifier's own word.
fn number_start(text: &str, start: usize) -> (usize, usize, Option<Qualifier>) {
    let before = &text[..start];
    let negative = before
        .strip_suffix('-')
        .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_digit()));
    let number = start - usize::from(negative);
    let ending = Qualifier::ending(&text[..number]);
    let qualifier = ending.map(|(q, _)| q);
    (number - ending.map_or(0, |(_, length)| length), number, qualifier)
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
        let end = number_end(text, at);
        at = end;
        let inside_quotes = quoted.iter().any(|&(open, close)| open < start && start < close);
        let rest = &text[end..];
        let ordinal = text[..start].ends_with('第');
        if ordinal {
            // "第3-5条": a range of ordinals, none of it a quantity.
            at = range_after(text, end).map_or(at, |(range_end, _)| range_end);
            continue;
        }
        if inside_quotes || (NAMES.iter().any(|name| rest.starts_with(name)) && !rest.starts_with("年度")) {
            continue;
        }
        match reading_at(text, start, end) {
            Ok(reading) => {
                at = reading.end.max(at);
                found.push(reading);
            }
            // A range of years or dates: names, skipped whole.
            Err(names_end) => at = names_end,
        }
    }
    found
}

/// The number written from `start` to `end` in `text`, with what follows it; when it opens a
/// range of years or dates, where that range ends instead.
fn reading_at(text: &str, start: usize, end: usize) -> Result<Found, usize> {
    let (start, number_at, qualifier) = number_start(text, start);
    let unwritable = |end: usize, why: &'static str| Found {
        start,
        end,
        approximate: false,
        qualifier,
        reading: Reading::Unwritable(why),
    };
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
        return Ok(unwritable(end, "数字中有千分位逗号"));
    }
    const RANGE: &str = "是一个范围（两个数字之间用“—”“至”等连接），不能作为一个数字显示";
    if let Some((range_end, names)) = range_after(text, end) {
        return if names {
            Err(range_end)
        } else {
            Ok(unwritable(range_end, RANGE))
        };
    }
    let approximate = rest.starts_with('余');
    let after = end + usize::from(approximate) * '余'.len_utf8();
    let unit = unit_at(&text[after..]);
    let unit_end = after + unit.as_ref().map_or(0, String::len);
    if let Some((range_end, _)) = range_after(text, unit_end).filter(|_| unit.is_some()) {
        return Ok(unwritable(range_end, RANGE));
    }
    let number = &text[number_at..end];
    let reading = match (FigureValue::parse(number), unit) {
        (Err(_), _) => Reading::Unwritable("以 0 开头或超过 15 位"),
        (Ok(value), Some(unit)) => Reading::Figure(value, Rc::from(unit)),
        (Ok(_), None) => Reading::NoUnit,
    };
    Ok(Found {
        start,
        end: unit_end,
        approximate,
        qualifier,
        reading,
    })
}

/// Numbers written in Chinese numerals before a measure word ("三次", "两个"), outside quotation
/// marks and not ordinals: counts the site cannot show as figures, each marked for a person.
pub fn counts_in_words(text: &str) -> Vec<&str> {
    const NUMERALS: &str = "零〇一二两三四五六七八九十百千万";
    const DIGIT_NUMERALS: &str = "零〇一二两三四五六七八九十";
    let quoted = quoted_ranges(text);
    let mut counts = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        // Not an ordinal (第三次, 十四届二次会议) and not inside a longer numeral.
        if !NUMERALS.contains(c) || text[..start].ends_with(|p: char| NUMERALS.contains(p) || p == '第' || p == '届')
        {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek().filter(|(_, n)| NUMERALS.contains(*n)) {
            end = at + next.len_utf8();
            chars.next();
        }
        let numeral = &text[start..end];
        // A lone 一 ("统一部署", "一批", "一部分") is a word far more often than a count to show.
        let a_count = numeral != "一" && numeral.contains(|n| DIGIT_NUMERALS.contains(n));
        let Some(unit) = unit_at(&text[end..]).filter(|_| a_count) else {
            continue;
        };
        let written = &text[start..end + unit.len()];
        let inside_quotes = quoted.iter().any(|&(open, close)| open < start && start < close);
        if !inside_quotes {
            counts.push(written);
        }
    }
    counts
}

/// What ends a label: punctuation, dashes and spaces.
const LABEL_BREAKS: &str = "，。、；：,;:（）()【】“”‘’《》—！？ ";

/// The words before a quantity, back to the punctuation or the quantity before it.
fn label(text: &str, from: usize, to: usize) -> String {
    let before = &text[from..to];
    let start = before
        .char_indices()
        .filter(|(_, c)| LABEL_BREAKS.contains(*c))
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
        .find(|(_, c)| LABEL_BREAKS.contains(*c) || c.is_ascii_digit())
        .map_or(after.len(), |(i, _)| i);
    after[..end].trim().to_owned()
}

/// An item with its figures, ids `<section>-figure-<n>` counted on from `counter`.
fn item_with_figures(item: &Item, section: &str, counter: &mut usize, marks: &mut Vec<(Mark, String)>) -> Item {
    let text = &item.text;
    for written in counts_in_words(text) {
        marks.push((
            Mark::Item(text.clone()),
            format!("“{written}”用汉字写数，未作为数字导入；要在页面上显示，请在原文中改写为阿拉伯数字"),
        ));
    }
    let mut figures = Vec::new();
    let mut previous_end = 0;
    for found in quantities(text) {
        let written = &text[found.start..found.end];
        let (value, unit) = match &found.reading {
            Reading::Figure(value, unit) => (value.clone(), unit.clone()),
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
            label = unit.to_string();
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
            unit,
            label: Rc::from(label),
            approximate: found.approximate,
            qualifier: found.qualifier,
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
                // A bar cannot draw a number written with a minus sign.
                let same: Vec<&Figure> = item
                    .figures
                    .iter()
                    .filter(|f| &*f.unit == unit && !f.value.is_negative())
                    .collect();
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
