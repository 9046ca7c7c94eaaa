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
    /// Part three, the report on proposals; a work report published without one leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals: Option<Proposals>,
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
    /// Who publishes the report (发布单位, such as 北碚区政协): under the title on the page and on
    /// every picture, so a shared 长图 carries its source. Never guessed: unset, not shown.
    #[serde(default)]
    pub publisher: Option<Rc<str>>,
    /// When it was published (发布日期), as written: `2024年1月` or `2024年1月15日`.
    #[serde(default)]
    pub published: Option<Rc<str>>,
}

impl Site {
    /// The line naming the report's source under its title (`北碚区政协 · 2024年1月`), from what
    /// the data file sets; none when it sets neither.
    pub fn issued(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.publisher, &self.published]
            .into_iter()
            .flatten()
            .map(|p| &**p)
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
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
    pub value: FigureValue,
    pub unit: Rc<str>,
    pub label: Rc<str>,
    /// The report writes the number with 余 ("100余条").
    #[serde(default)]
    pub approximate: bool,
    /// The report writes a word before the number that makes it approximate ("约30个").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
}

/// A word before a figure's number that makes it approximate, kept wherever the number is shown:
/// a figure is never shown more exact than the report states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    #[serde(rename = "约")]
    About,
    #[serde(rename = "近")]
    Nearly,
    #[serde(rename = "超过")]
    MoreThan,
    #[serde(rename = "逾")]
    Over,
}

impl Qualifier {
    /// Every qualifier, longest word first where one begins another. The compact form stores a
    /// qualifier by its place here: add new ones at the end, never reorder.
    pub const ALL: [Qualifier; 4] = [
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::Nearly,
        Qualifier::Over,
    ];

    /// The qualifier that ends `before` (the text before a number), if it makes the number
    /// approximate there, and the bytes it takes with the word it is part of (将近, 接近: 近).
    /// Not where its character belongs to another word: 节约/签约/预约…, 最近/附近/邻近…, or a
    /// cap (不超过, 未超过). The one rule for the importer and for validation.
    pub fn ending(before: &str) -> Option<(Qualifier, usize)> {
        let qualifier = Qualifier::ALL.into_iter().find(|q| before.ends_with(q.word()))?;
        let rest = &before[..before.len() - qualifier.word().len()];
        let (not_after, with): (&str, &str) = match qualifier {
            Qualifier::About => ("节签预制公条契婚邀践履相违守赴誓", ""),
            Qualifier::Nearly => ("最附邻靠就贴逼亲", "将接"),
            Qualifier::MoreThan => ("不未没无", ""),
            Qualifier::Over => ("", ""),
        };
        let previous = rest.chars().next_back();
        if previous.is_some_and(|c| not_after.contains(c)) {
            return None;
        }
        let joined = previous.filter(|c| with.contains(*c)).map_or(0, char::len_utf8);
        Some((qualifier, qualifier.word().len() + joined))
    }

    /// The word as the report writes it.
    pub fn word(self) -> &'static str {
        match self {
            Qualifier::About => "约",
            Qualifier::Nearly => "近",
            Qualifier::MoreThan => "超过",
            Qualifier::Over => "逾",
        }
    }
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

/// A figure's number exactly as the report writes it: digits, and for a decimal a point and more
/// digits ("313", "46.8", "0.5"). Kept as text, so it prints as written (never through a float
/// that would print `46.800000001`); the data file gives whole numbers as TOML integers and
/// decimals as strings (`value = "46.8"`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureValue(Rc<str>);

/// The most digits a figure's number may have (beyond them a float could not draw it exactly).
pub const MOST_FIGURE_DIGITS: usize = 15;

impl FigureValue {
    /// The number `text` as written, if it is one: an optional minus sign, digits without a leading zero (but "0" and
    /// "0.5"), then at most one point followed by digits.
    pub fn parse(text: &str) -> Result<FigureValue, String> {
        // A minus sign is kept as the report writes it ("-3.2").
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (unsigned, None),
        };
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
            return Err(format!("“{text}” 不是照录的数字（只能是数字，小数写作 \"46.8\"）"));
        }
        if whole.len() > 1 && whole.starts_with('0') {
            return Err(format!("“{text}” 不能以 0 开头"));
        }
        if unsigned.len() < text.len() && unsigned.bytes().all(|b| b == b'0' || b == b'.') {
            return Err(format!("“{text}” 是带负号的 0"));
        }
        if whole.len() + fraction.map_or(0, str::len) > MOST_FIGURE_DIGITS {
            return Err(format!("“{text}” 超过 {MOST_FIGURE_DIGITS} 位数字"));
        }
        Ok(FigureValue(Rc::from(text)))
    }

    /// Whether the report writes it with a minus sign.
    pub fn is_negative(&self) -> bool {
        self.0.starts_with('-')
    }

    /// A number the build has already parsed (the code `build.rs` writes for the report).
    #[doc(hidden)]
    pub fn written(text: &str) -> FigureValue {
        FigureValue(Rc::from(text))
    }

    /// A whole number.
    pub fn whole(value: u64) -> FigureValue {
        FigureValue(Rc::from(value.to_string()))
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its size, for drawing bars in proportion. Computed from its digits as integers: parsing a
    /// float would bring the float parser into every wasm bundle (about 17 KiB brotli).
    pub fn magnitude(&self) -> f64 {
        let unsigned = self.0.strip_prefix('-').unwrap_or(&self.0);
        let sign = if self.is_negative() { -1.0 } else { 1.0 };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let whole = whole.parse::<u64>().unwrap_or(0) as f64;
        let fraction = fraction.parse::<u64>().unwrap_or(0) as f64 / 10_f64.powi(fraction.len() as i32);
        sign * (whole + fraction)
    }
}

impl std::fmt::Display for FigureValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.parse::<i64>() {
            Ok(whole) if !self.0.contains('.') => serializer.serialize_i64(whole),
            _ => serializer.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for FigureValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = FigureValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("照录的数字：整数（value = 313）或带引号的小数（value = \"46.8\"）")
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<FigureValue, E> {
                FigureValue::parse(&value.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<FigureValue, E> {
                FigureValue::parse(&value.to_string()).map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<FigureValue, E> {
                Err(E::custom(format!(
                    "小数请加引号照录原文，如 value = \"{value}\"（不加引号会按浮点数读，可能改变写法）"
                )))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<FigureValue, E> {
                FigureValue::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Figure {
    /// The number as the report writes it: its qualifier, digits, then 余 when approximate
    /// ("100余", "约30").
    pub fn number_text(&self) -> String {
        let qualifier = self.qualifier.map_or("", Qualifier::word);
        let more = if self.approximate { "余" } else { "" };
        format!("{qualifier}{}{more}", self.value)
    }

    /// The figure as it stands in its item's text: number and unit ("100余条", "约30个", "32次").
    pub fn phrase(&self) -> String {
        format!("{}{}", self.number_text(), self.unit)
    }

    /// Byte offset of this figure's phrase in `text`, not glued to a preceding digit, point or
    /// minus sign ("8亿元" is not in "46.8亿元", "3.2%" not in "-3.2%"), and with the qualifier the
    /// text gives it there ("30个" is not in "约30个": the figure would be shown more exact than
    /// the report states it).
    pub fn locate_in(&self, text: &str) -> Option<usize> {
        let phrase = self.phrase();
        text.match_indices(&phrase).map(|(at, _)| at).find(|&at| {
            let before = &text[..at];
            let glued = before.ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-');
            !glued && (self.qualifier.is_some() || Qualifier::ending(before).is_none())
        })
    }
}
