//! Rules every report file must satisfy before it can ship; pure `std`, shared with `build.rs`.

use crate::data::schema::{Chart, ChartKind, Figure, Group, Item, Meta, Proposals, Report, Review, Site, Tasks};
use std::collections::{BTreeMap, BTreeSet};

/// The longest talk `site.talk_minutes` (and the speaker view's target) may give, in minutes.
pub const MOST_TALK_MINUTES: u16 = 600;

/// One broken rule, with the path of the offending field in the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The most key figures the top of the page shows.
pub const MOST_KEY_FIGURES: usize = 8;

/// The most figures an overview tile shows.
pub const MOST_HIGHLIGHTS: usize = 3;

/// Every problem in `report`, in file order; empty when the report is valid. `known_icons` are the
/// names a section's `icon` may take (the icons in `assets/icons/`).
pub fn validate_with_icons(report: &Report, known_icons: &[&str]) -> Vec<Problem> {
    let mut check = Checker {
        known_icons: known_icons.iter().map(|name| (*name).to_owned()).collect(),
        ..Checker::default()
    };
    check.site(&report.site);
    check.meta(&report.meta);
    check.review(&report.review);
    check.tasks(&report.tasks);
    if let Some(proposals) = &report.proposals {
        check.proposals(proposals);
    }
    check.charts(&report.charts);
    for (n, id) in report.meta.key_figures.iter().enumerate() {
        if !check.figure_ids.contains(id.as_ref()) {
            check.problem(&format!("meta.key_figures[{n}]"), &format!("没有 id 为 “{id}” 的数字"));
        }
    }
    if report.meta.key_figures.len() > MOST_KEY_FIGURES {
        check.problem(
            "meta.key_figures",
            &format!("关键数字至多 {MOST_KEY_FIGURES} 个（页首一屏放得下的数目）"),
        );
    }
    check.problems
}

impl Checker {
    fn site(&mut self, site: &Site) {
        if let Some(url) = &site.public_url {
            self.public_url("site.public_url", url);
        }
        for (n, source) in site.embed_frame_ancestors.iter().flat_map(|s| s.iter()).enumerate() {
            self.frame_ancestor(&format!("site.embed_frame_ancestors[{n}]"), source);
        }
        if let Some(minutes) = site.talk_minutes {
            if !(1..=MOST_TALK_MINUTES).contains(&minutes) {
                self.problem(
                    "site.talk_minutes",
                    &format!("讲话时长须为 1 到 {} 分钟，而不是 {minutes}", MOST_TALK_MINUTES),
                );
            }
        }
        for (path, value) in [
            ("site.organizer", &site.organizer),
            ("site.icp_record", &site.icp_record),
            ("site.police_record", &site.police_record),
            ("site.site_code", &site.site_code),
            ("site.publisher", &site.publisher),
        ] {
            if let Some(value) = value {
                self.text(path, value);
            }
        }
        if let Some(date) = &site.published {
            if !is_publication_date(date) {
                self.problem(
                    "site.published",
                    &format!("发布日期须写成“2024年1月”或“2024年1月15日”，而不是“{date}”"),
                );
            }
        }
    }

    fn meta(&mut self, meta: &Meta) {
        self.text("meta.banner", &meta.banner);
        self.text("meta.title", &meta.title);
        if meta.sources.is_empty() {
            self.problem("meta.sources", "至少需要一个报告名称");
        }
        for (n, source) in meta.sources.iter().enumerate() {
            self.text(&format!("meta.sources[{n}]"), source);
        }
    }

    fn review(&mut self, review: &Review) {
        self.section_id("review.id", &review.id);
        self.text("review.heading", &review.heading);
        self.text("review.intro", &review.intro);
        self.text("review.results_heading", &review.results_heading);
        if review.areas.is_empty() {
            self.problem("review.areas", "至少需要一个工作方面");
        }
        for (a, area) in review.areas.iter().enumerate() {
            let path = format!("review.areas[{a}]");
            self.section_id(&format!("{path}.id"), &area.id);
            self.text(&format!("{path}.heading"), &area.heading);
            self.icon(&format!("{path}.icon"), &area.icon);
            let items: Vec<&Item> = area.groups.iter().flat_map(|g| g.items.iter()).collect();
            self.highlights(&format!("{path}.highlights"), &area.highlights, &items);
            self.groups(&path, &area.groups);
        }
    }

    fn tasks(&mut self, tasks: &Tasks) {
        self.section_id("tasks.id", &tasks.id);
        self.text("tasks.heading", &tasks.heading);
        self.icon("tasks.icon", &tasks.icon);
        let items: Vec<&Item> = tasks.items.iter().collect();
        self.highlights("tasks.highlights", &tasks.highlights, &items);
        self.text("tasks.requirements_label", &tasks.requirements_label);
        self.text("tasks.requirements", &tasks.requirements);
        self.items("tasks.items", &tasks.items);
    }

    fn proposals(&mut self, proposals: &Proposals) {
        self.section_id("proposals.id", &proposals.id);
        self.text("proposals.heading", &proposals.heading);
        self.icon("proposals.icon", &proposals.icon);
        let items: Vec<&Item> = std::iter::once(&proposals.summary)
            .chain(proposals.groups.iter().flat_map(|g| g.items.iter()))
            .chain(proposals.outlook.items.iter())
            .collect();
        self.highlights("proposals.highlights", &proposals.highlights, &items);
        self.text("proposals.measures_heading", &proposals.measures_heading);
        self.item("proposals.summary", &proposals.summary);
        self.groups("proposals", &proposals.groups);
        self.text("proposals.outlook.heading", &proposals.outlook.heading);
        self.items("proposals.outlook.items", &proposals.outlook.items);
    }

    fn charts(&mut self, charts: &[Chart]) {
        let mut chart_ids = BTreeSet::new();
        for (n, chart) in charts.iter().enumerate() {
            let path = format!("charts[{n}]");
            if !is_slug(&chart.id) || !chart_ids.insert(chart.id.to_string()) {
                self.problem(
                    &format!("{path}.id"),
                    &format!(
                        "id “{}” 须唯一，且只能用小写字母、数字和单个连字符（最多64个字符）",
                        chart.id
                    ),
                );
            }
            if crate::model::taken_by_a_chart_part(&chart.id) {
                self.problem(
                    &format!("{path}.id"),
                    &format!(
                        "id “{}” 不能以 -title、-canvas、-description、-table 结尾，也不能含 -bar-（图表各部分的地址会重复）",
                        chart.id
                    ),
                );
            }
            // Each chart and each section has its own embed page, `embed/<id>/`.
            if self.section_ids.contains(chart.id.as_ref()) || chart.id.as_ref() == "key-figures" {
                self.problem(
                    &format!("{path}.id"),
                    &format!("id “{}” 已被某一部分或关键数字使用（嵌入页地址会重复）", chart.id),
                );
            }
            self.chart(&path, chart);
        }
    }
}

/// What the chart rules need of a figure: its unit, the text of the item that states it, and
/// whether it is written with a minus sign (a bar cannot draw it).
#[derive(Clone)]
struct Stated {
    unit: String,
    text: String,
    negative: bool,
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    section_ids: BTreeSet<String>,
    figure_ids: BTreeSet<String>,
    /// Each figure as the chart rules need it, by id.
    figures: BTreeMap<String, Stated>,
    known_icons: BTreeSet<String>,
}

impl Checker {
    fn problem(&mut self, path: &str, message: &str) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.to_owned(),
        });
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, "文字不能为空");
        } else if text.trim() != text {
            self.problem(path, "文字首尾不能有空白");
        }
    }

    fn public_url(&mut self, path: &str, url: &str) {
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        let clean = !url.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '#' | '?'));
        if !scheme_ok || !clean || !url.ends_with('/') {
            self.problem(
                path,
                "须是以 https:// 或 http:// 开头、以 / 结尾的完整地址（不含空白、引号、尖括号、? 或 #）",
            );
        }
    }

    /// One source of a `frame-ancestors` list: `'self'`, or a scheme and host (a leading `*.` allowed)
    /// with an optional port, nothing that could end the header or the directive.
    fn frame_ancestor(&mut self, path: &str, source: &str) {
        let host_ok = |host: &str| {
            let host = host.strip_prefix("*.").unwrap_or(host);
            let (name, port) = host.split_once(':').unwrap_or((host, ""));
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                && port.chars().all(|c| c.is_ascii_digit())
                && !(host.contains(':') && port.is_empty())
        };
        let ok = source == "'self'"
            || ["https://", "http://"]
                .iter()
                .any(|scheme| source.strip_prefix(scheme).is_some_and(host_ok));
        if !ok {
            self.problem(
                path,
                "须是 'self' 或 https://网站域名 这样的地址（可带 *. 和端口，不含路径、空白、引号或分号）",
            );
        }
    }

    fn icon(&mut self, path: &str, name: &str) {
        if !self.known_icons.contains(name) {
            let known: Vec<&str> = self.known_icons.iter().map(String::as_str).collect();
            self.problem(
                path,
                &format!("没有名为 “{name}” 的图标；可用的图标：{}", known.join("、")),
            );
        }
    }

    /// A tile's figures: at most three, each stated in this section (`items`), none twice.
    fn highlights(&mut self, path: &str, ids: &[std::rc::Rc<str>], items: &[&Item]) {
        if ids.len() > MOST_HIGHLIGHTS {
            self.problem(
                path,
                &format!("最多选 {MOST_HIGHLIGHTS} 个数字，这里有 {} 个", ids.len()),
            );
        }
        let stated = |id: &str| {
            items
                .iter()
                .any(|item| item.figures.iter().any(|f| f.id.as_ref() == id))
        };
        for (n, id) in ids.iter().enumerate() {
            if !stated(id) {
                self.problem(&format!("{path}[{n}]"), &format!("本部分没有陈述 id 为 “{id}” 的数字"));
            } else if ids[..n].contains(id) {
                self.problem(&format!("{path}[{n}]"), &format!("数字 “{id}” 重复"));
            }
        }
    }

    fn section_id(&mut self, path: &str, id: &str) {
        if !is_slug(id) {
            self.problem(
                path,
                &format!("id “{id}” 只能用小写字母、数字和单个连字符（最多64个字符）"),
            );
        } else if crate::model::taken_by_the_page(id) {
            self.problem(
                path,
                &format!("id “{id}” 已被页面自身使用（不能用 main、overview、search 等，不能以 chart、fig、slide 开头，也不能含 -item-）"),
            );
        } else if !self.section_ids.insert(id.to_owned()) {
            self.problem(path, &format!("id “{id}” 重复"));
        }
    }

    fn groups(&mut self, path: &str, groups: &[Group]) {
        if groups.is_empty() {
            self.problem(&format!("{path}.groups"), "至少需要一个小标题");
        }
        for (g, group) in groups.iter().enumerate() {
            let path = format!("{path}.groups[{g}]");
            self.text(&format!("{path}.heading"), &group.heading);
            self.items(&format!("{path}.items"), &group.items);
        }
    }

    fn items(&mut self, path: &str, items: &[Item]) {
        if items.is_empty() {
            self.problem(path, "至少需要一条事项");
        }
        for (i, item) in items.iter().enumerate() {
            self.item(&format!("{path}[{i}]"), item);
        }
    }

    fn item(&mut self, path: &str, item: &Item) {
        self.text(&format!("{path}.text"), &item.text);
        for (f, figure) in item.figures.iter().enumerate() {
            self.figure(&format!("{path}.figures[{f}]"), figure, &item.text);
        }
    }

    fn figure(&mut self, path: &str, figure: &Figure, text: &str) {
        if !is_slug(&figure.id) {
            self.problem(
                &format!("{path}.id"),
                &format!("id “{}” 只能用小写字母、数字和单个连字符（最多64个字符）", figure.id),
            );
        } else if !self.figure_ids.insert(figure.id.to_string()) {
            self.problem(&format!("{path}.id"), &format!("id “{}” 重复", figure.id));
        }
        let stated = Stated {
            unit: figure.unit.to_string(),
            text: text.to_owned(),
            negative: figure.value.is_negative(),
        };
        self.figures.insert(figure.id.to_string(), stated);
        self.text(&format!("{path}.unit"), &figure.unit);
        self.text(&format!("{path}.label"), &figure.label);
        if figure.locate_in(text).is_none() {
            let phrase = figure.phrase();
            self.problem(path, &format!("事项原文中没有 “{phrase}”（数字与单位须照录原文）"));
        }
        if !figure.label.is_empty() && !text.contains(figure.label.as_ref()) {
            let label = &figure.label;
            self.problem(&format!("{path}.label"), &format!("标签 “{label}” 须取自事项原文"));
        }
    }
}

impl Checker {
    fn chart(&mut self, path: &str, chart: &Chart) {
        self.text(&format!("{path}.title"), &chart.title);
        if chart.figures.is_empty() {
            self.problem(&format!("{path}.figures"), "至少需要一个数字");
        }
        let mut found = Vec::new();
        for (list, ids) in [("figures", &chart.figures), ("notes", &chart.notes)] {
            for (n, id) in ids.iter().enumerate() {
                match self.figures.get(id.as_ref()) {
                    Some(entry) => found.push((list, entry.clone())),
                    None => self.problem(&format!("{path}.{list}[{n}]"), &format!("没有 id 为 “{id}” 的数字")),
                }
            }
        }
        let units: BTreeSet<&str> = found
            .iter()
            .filter(|(l, _)| *l == "figures")
            .map(|(_, stated)| stated.unit.as_str())
            .collect();
        if chart.kind == ChartKind::Bars && units.len() > 1 {
            let units: Vec<&str> = units.into_iter().collect();
            self.problem(
                &format!("{path}.figures"),
                &format!("柱状图只能画同一单位的数字，这里混用了 {}", units.join("、")),
            );
        }
        let negative = chart
            .figures
            .iter()
            .find(|id| self.figures.get(id.as_ref()).is_some_and(|stated| stated.negative));
        if let (ChartKind::Bars, Some(id)) = (chart.kind, negative) {
            self.problem(
                &format!("{path}.figures"),
                &format!("柱状图不能画负数（“{id}”），请改用卡片（kind = \"cards\"）"),
            );
        }
        if !chart.title.is_empty()
            && !found
                .iter()
                .any(|(_, stated)| stated.text.contains(chart.title.as_ref()))
        {
            self.problem(
                &format!("{path}.title"),
                &format!("标题 “{}” 须取自所引数字所在事项的原文", chart.title),
            );
        }
    }
}

/// The longest id: the embed loader (`assets/embed.js`) takes ids of at most 64 characters.
pub const MOST_ID_LENGTH: usize = 64;

/// Lowercase letters and digits in words joined by single hyphens, at most [`MOST_ID_LENGTH`]
/// long: exactly what the embed loader accepts as a block id.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MOST_ID_LENGTH
        && id
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A date as a publication states it: `2024年1月` or `2024年1月15日` (year 2000–2099, a real month
/// and day, no leading zeros).
pub fn is_publication_date(text: &str) -> bool {
    // A number from 1 to `most`, written without leading zeros.
    let number = |s: &str, most: u32| {
        Some(s)
            .filter(|s| !s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit()))
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|n| (1..=most).contains(n))
    };
    let Some((year, rest)) = text.split_once('年') else {
        return false;
    };
    let Some((month, day)) = rest.split_once('月') else {
        return false;
    };
    let year_ok = year.len() == 4 && year.starts_with("20") && year.chars().all(|c| c.is_ascii_digit());
    let Some(month) = number(month, 12) else {
        return false;
    };
    let days = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    year_ok && (day.is_empty() || day.strip_suffix('日').and_then(|d| number(d, days)).is_some())
}
