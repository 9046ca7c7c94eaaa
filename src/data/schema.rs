//! The report's data types: a serde mirror of `assets/report.toml`, immutable once loaded.
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it uses only `std` and `serde`.

use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The whole report: publication details and its three parts.
///
/// Every type here is `Eq`, so `Rc<Report>` props compare by pointer before comparing contents:
/// a re-render does not walk the whole report in each component that receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Settings of the site that publishes the report; every one optional.
    #[serde(default)]
    pub site: Site,
    pub meta: Meta,
    pub review: Review,
    pub tasks: Tasks,
    pub proposals: Proposals,
    /// Which figures are drawn together, and how; declared in the data, not in code.
    #[serde(default)]
    pub charts: Rc<[Chart]>,
}

/// How a chart shows its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Bars on one axis: only figures that share a unit and that the report states together.
    Bars,
    /// One card per figure, each with its own unit: figures in different units, never on one axis.
    Cards,
}

/// A chart: a title from the report's words, the figures it shows, and figures noted beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    /// Also the fragment `#chart-<id>`.
    pub id: Rc<str>,
    pub kind: ChartKind,
    pub title: Rc<str>,
    pub figures: Rc<[Rc<str>]>,
    /// Related figures in another unit, shown as labelled notes, not as marks.
    #[serde(default)]
    pub notes: Rc<[Rc<str>]>,
}

/// Optional settings of the publishing site. What is not set is not shown, never guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Where the report is published (absolute, ending in `/`), for links that must work from
    /// any path, such as the 404 page's way back.
    #[serde(default)]
    pub public_url: Option<Rc<str>>,
    /// The sites whose pages may frame the embeds (`frame-ancestors` of `embed/` in the server
    /// configuration `dist` writes), such as `https://news.example.cn`; unset, any site may. Every
    /// other page may be framed only by the report's own site.
    #[serde(default)]
    pub embed_frame_ancestors: Option<Rc<[Rc<str>]>>,
    /// The talk's usual length in minutes: the speaker view's pacing target until the presenter
    /// sets one (1 to 600).
    #[serde(default)]
    pub talk_minutes: Option<u16>,
    /// 主办单位, shown in the footer.
    #[serde(default)]
    pub organizer: Option<Rc<str>>,
    /// ICP备案号, shown in the footer.
    #[serde(default)]
    pub icp_record: Option<Rc<str>>,
    /// 公安机关备案号, shown in the footer.
    #[serde(default)]
    pub police_record: Option<Rc<str>>,
    /// 网站标识码, shown in the footer.
    #[serde(default)]
    pub site_code: Option<Rc<str>>,
}

/// Banner, title, the report's names for itself, and which figures lead the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub banner: Rc<str>,
    pub title: Rc<str>,
    /// The report's own names, shown in the footer as the source.
    pub sources: Rc<[Rc<str>]>,
    /// Ids of the figures shown in the key-figures strip, in order.
    pub key_figures: Rc<[Rc<str>]>,
}

/// Part one: the review of the year, with its work areas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub id: Rc<str>,
    pub heading: Rc<str>,
    pub intro: Rc<str>,
    pub results_heading: Rc<str>,
    pub areas: Rc<[Area]>,
}

/// One work area (一 to 五): a heading line and its groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// The section id, also the URL fragment (`area-1` …).
    pub id: Rc<str>,
    pub heading: Rc<str>,
    /// The section's icon: the name of one of the Tabler icons in `assets/icons/`.
    pub icon: Rc<str>,
    /// Ids of the figures its overview tile shows (at most three, stated in this area); none: the
    /// tile shows the sub-headings.
    #[serde(default)]
    pub highlights: Rc<[Rc<str>]>,
    pub groups: Rc<[Group]>,
}

/// A sub-heading and the items under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub heading: Rc<str>,
    pub items: Rc<[Item]>,
}

/// One line of the report and the quantities it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub text: Rc<str>,
    #[serde(default)]
    pub figures: Rc<[Figure]>,
}

/// A quantity stated in an item: its value, its unit as written, and a label from the item's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Rc<str>,
    pub value: u32,
    pub unit: Rc<str>,
    pub label: Rc<str>,
    /// The report writes the number with 余 ("100余条").
    #[serde(default)]
    pub approximate: bool,
}

/// Part two: the overall requirements and the tasks for the coming year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tasks {
    pub id: Rc<str>,
    pub heading: Rc<str>,
    /// As for an area: the section's icon and its tile's figures (none: the tile lists the tasks).
    pub icon: Rc<str>,
    #[serde(default)]
    pub highlights: Rc<[Rc<str>]>,
    pub requirements_label: Rc<str>,
    pub requirements: Rc<str>,
    pub items: Rc<[Item]>,
}

/// Part three: the report on proposals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposals {
    pub id: Rc<str>,
    pub heading: Rc<str>,
    /// As for an area: the section's icon and its tile's figures (none: the tile shows the
    /// measures' sub-headings).
    pub icon: Rc<str>,
    #[serde(default)]
    pub highlights: Rc<[Rc<str>]>,
    pub measures_heading: Rc<str>,
    pub summary: Item,
    pub groups: Rc<[Group]>,
    pub outlook: Outlook,
}

/// The closing list of part three (next year's approach).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    pub heading: Rc<str>,
    pub items: Rc<[Item]>,
}

impl Figure {
    /// The number as the report writes it: digits, then 余 when approximate ("100余").
    pub fn number_text(&self) -> String {
        if self.approximate {
            format!("{}余", self.value)
        } else {
            self.value.to_string()
        }
    }

    /// The figure as it stands in its item's text: number and unit ("100余条", "32次").
    pub fn phrase(&self) -> String {
        format!("{}{}", self.number_text(), self.unit)
    }

    /// Byte offset of this figure's phrase in `text`, not glued to a preceding digit.
    pub fn locate_in(&self, text: &str) -> Option<usize> {
        let phrase = self.phrase();
        text.match_indices(&phrase)
            .map(|(at, _)| at)
            .find(|&at| !text[..at].ends_with(|c: char| c.is_ascii_digit()))
    }
}
