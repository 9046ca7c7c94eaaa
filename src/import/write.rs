//! The imported report as a data file in the layout of `assets/report.toml`, each judgement to
//! confirm as a `# 待核对:` comment above what it is about.

use super::{Imported, Mark};
use crate::data::schema::{Chart, ChartKind, Figure, Group, Item, Report};
use std::fmt::Write;

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(values: &[std::rc::Rc<str>]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| quoted(v)).collect();
    format!("[{}]", quoted.join(", "))
}

struct Out<'a> {
    text: String,
    marks: &'a [(Mark, String)],
}

/// What every section's table begins with.
struct SectionHead<'a> {
    table: &'a str,
    id: &'a std::rc::Rc<str>,
    heading: &'a str,
    icon: &'a str,
    highlights: &'a [std::rc::Rc<str>],
}

impl Out<'_> {
    /// A section's table header, its marks above it, then its id, heading, icon and highlights.
    fn section_head(&mut self, head: SectionHead<'_>) {
        self.line("");
        self.marks_for(&Mark::Section(head.id.clone()));
        self.line(&format!("[{}]", head.table));
        self.line(&format!("id = {}", quoted(head.id)));
        self.line(&format!("heading = {}", quoted(head.heading)));
        self.line(&format!("icon = {}", quoted(head.icon)));
        if !head.highlights.is_empty() {
            self.line(&format!("highlights = {}", list(head.highlights)));
        }
    }

    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn marks_for(&mut self, mark: &Mark) {
        let notes: Vec<String> = self
            .marks
            .iter()
            .filter(|(m, _)| m == mark)
            .map(|(_, note)| format!("# 待核对: {note}"))
            .collect();
        for note in notes {
            self.line(&note);
        }
    }

    fn figure(&mut self, figure: &Figure) {
        let value = if figure.value.as_str().contains('.') {
            quoted(figure.value.as_str())
        } else {
            figure.value.to_string()
        };
        let approximate = if figure.approximate { ", approximate = true" } else { "" };
        let qualifier = figure
            .qualifier
            .map(|q| format!(", qualifier = {}", quoted(q.word())))
            .unwrap_or_default();
        self.line(&format!(
            "  {{ id = {}, value = {value}, unit = {}, label = {}{approximate}{qualifier} }},",
            quoted(&figure.id),
            quoted(&figure.unit),
            quoted(&figure.label)
        ));
    }

    fn item(&mut self, table: &str, item: &Item) {
        self.line("");
        self.marks_for(&Mark::Item(item.text.clone()));
        self.line(&format!("[[{table}]]"));
        self.item_fields(item);
    }

    fn item_fields(&mut self, item: &Item) {
        self.line(&format!("text = {}", quoted(&item.text)));
        if !item.figures.is_empty() {
            self.line("figures = [");
            for figure in item.figures.iter() {
                self.figure(figure);
            }
            self.line("]");
        }
    }

    fn groups(&mut self, table: &str, groups: &[Group]) {
        for group in groups {
            self.line("");
            self.line(&format!("[[{table}]]"));
            self.line(&format!("heading = {}", quoted(&group.heading)));
            if group.items.is_empty() {
                // Read back as a group with no items (which check-data then names), not as a file
                // that does not parse.
                self.line("items = []");
            }
            for item in group.items.iter() {
                self.item(&format!("{table}.items"), item);
            }
        }
    }

    fn chart(&mut self, chart: &Chart) {
        self.line("");
        self.marks_for(&Mark::Chart(chart.id.clone()));
        self.line("[[charts]]");
        self.line(&format!("id = {}", quoted(&chart.id)));
        let kind = match chart.kind {
            ChartKind::Bars => "bars",
            ChartKind::Cards => "cards",
        };
        self.line(&format!("kind = {}", quoted(kind)));
        self.line(&format!("title = {}", quoted(&chart.title)));
        self.line(&format!("figures = {}", list(&chart.figures)));
        if !chart.notes.is_empty() {
            self.line(&format!("notes = {}", list(&chart.notes)));
        }
    }
}

/// The site settings the report has (none for a report just imported).
fn site(out: &mut Out<'_>, site: &crate::data::schema::Site) {
    let texts = [
        ("public_url", &site.public_url),
        ("organizer", &site.organizer),
        ("icp_record", &site.icp_record),
        ("police_record", &site.police_record),
        ("site_code", &site.site_code),
        ("publisher", &site.publisher),
        ("published", &site.published),
    ];
    for (key, value) in texts {
        if let Some(value) = value {
            out.line(&format!("{key} = {}", quoted(value)));
        }
    }
    if site.publisher.is_none() || site.published.is_none() {
        // Not in the report's text: the office's to give (shown under the title and on every
        // picture, so a shared 长图 says who published it and when).
        // (Not a `# 待核对:` judgement of the text: the editor asks for these in its 网站设置.)
        out.line("# 请填写（待核对）：发布单位和发布日期不在报告原文中（显示在标题下、长图和分享图片上），如：");
        out.line("# publisher = \"北碚区政协\"");
        out.line("# published = \"2024年1月\"");
    }
    if let Some(minutes) = site.talk_minutes {
        out.line(&format!("talk_minutes = {minutes}"));
    }
    if let Some(sites) = &site.embed_frame_ancestors {
        out.line(&format!("embed_frame_ancestors = {}", list(sites)));
    }
}

fn head(out: &mut Out<'_>, report: &Report, source: &str) {
    out.line(&format!(
        "# 一图读懂 · 数据文件：由导入程序（编辑台或 cargo xtask import）从 {source} 导入。"
    ));
    out.line("# 每一行原文都逐字放在它在报告结构中的位置（去掉了列表短横线和 **）；每个数量都是 figures。");
    out.line("# 标有“# 待核对:”的地方是导入程序按固定规则作出的判断，请逐一核对（改好后可删去该注释）。");
    out.line("# 字段说明见 assets/README.md。检查：cargo xtask check-data 本文件");
    out.line("");
    out.line(
        "# 站点设置（可选）：public_url、talk_minutes、embed_frame_ancestors、organizer 等，见 assets/README.md。",
    );
    out.line("[site]");
    site(out, &report.site);
    out.line("");
    out.line("[meta]");
    out.line(&format!("banner = {}", quoted(&report.meta.banner)));
    out.line(&format!("title = {}", quoted(&report.meta.title)));
    out.marks_for(&Mark::Sources);
    out.line(&format!("sources = {}", list(&report.meta.sources)));
    out.marks_for(&Mark::KeyFigures);
    out.line(&format!("key_figures = {}", list(&report.meta.key_figures)));
}

fn review(out: &mut Out<'_>, report: &Report) {
    let review = &report.review;
    out.line("");
    out.line("[review]");
    out.line(&format!("id = {}", quoted(&review.id)));
    out.line(&format!("heading = {}", quoted(&review.heading)));
    out.line(&format!("intro = {}", quoted(&review.intro)));
    out.line(&format!("results_heading = {}", quoted(&review.results_heading)));
    for area in review.areas.iter() {
        out.section_head(SectionHead {
            table: "[review.areas]",
            id: &area.id,
            heading: &area.heading,
            icon: &area.icon,
            highlights: &area.highlights,
        });
        out.groups("review.areas.groups", &area.groups);
    }
}

fn tasks_and_proposals(out: &mut Out<'_>, report: &Report) {
    let tasks = &report.tasks;
    out.section_head(SectionHead {
        table: "tasks",
        id: &tasks.id,
        heading: &tasks.heading,
        icon: &tasks.icon,
        highlights: &tasks.highlights,
    });
    out.line(&format!("requirements_label = {}", quoted(&tasks.requirements_label)));
    out.line(&format!("requirements = {}", quoted(&tasks.requirements)));
    for item in tasks.items.iter() {
        out.item("tasks.items", item);
    }
    let Some(proposals) = &report.proposals else {
        return;
    };
    out.section_head(SectionHead {
        table: "proposals",
        id: &proposals.id,
        heading: &proposals.heading,
        icon: &proposals.icon,
        highlights: &proposals.highlights,
    });
    out.line(&format!("measures_heading = {}", quoted(&proposals.measures_heading)));
    out.line("");
    out.marks_for(&Mark::Item(proposals.summary.text.clone()));
    out.line("[proposals.summary]");
    out.item_fields(&proposals.summary);
    out.groups("proposals.groups", &proposals.groups);
    out.line("");
    out.line("[proposals.outlook]");
    out.line(&format!("heading = {}", quoted(&proposals.outlook.heading)));
    for item in proposals.outlook.items.iter() {
        out.item("proposals.outlook.items", item);
    }
}

/// The data file for an imported report (`source` names where it came from, in its header).
pub fn to_toml(imported: &Imported, source: &str) -> String {
    let mut out = Out {
        text: String::new(),
        marks: &imported.marks,
    };
    let report = &imported.report;
    head(&mut out, report, source);
    review(&mut out, report);
    tasks_and_proposals(&mut out, report);
    for chart in report.charts.iter() {
        out.chart(chart);
    }
    out.text
}
