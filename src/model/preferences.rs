//! Reading preferences (长辈模式): font tier, high contrast, large cursor. They live as attributes on
//! `<html>` (`data-font`, `data-contrast`, `data-cursor`), which an early script sets from storage
//! before the first paint; this module names the values and writes the stored form.

/// The three font tiers: 标准, 大, 特大 (body text 18, 21 and 24 px on phones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FontTier {
    #[default]
    Standard,
    Large,
    ExtraLarge,
}

impl FontTier {
    pub const ALL: [FontTier; 3] = [FontTier::Standard, FontTier::Large, FontTier::ExtraLarge];

    /// The value of `data-font` (absent for the standard tier).
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            FontTier::Standard => None,
            FontTier::Large => Some("large"),
            FontTier::ExtraLarge => Some("x-large"),
        }
    }

    /// The tier's name on its button.
    pub fn label(self) -> &'static str {
        match self {
            FontTier::Standard => "标准",
            FontTier::Large => "大",
            FontTier::ExtraLarge => "特大",
        }
    }

    /// How much larger than 标准 the tier's body text is (18, 21 and 24 px on phones).
    pub fn scale(self) -> f32 {
        match self {
            FontTier::Standard => 1.0,
            FontTier::Large => 21.0 / 18.0,
            FontTier::ExtraLarge => 24.0 / 18.0,
        }
    }

    fn from_attribute(value: Option<&str>) -> FontTier {
        FontTier::ALL
            .into_iter()
            .find(|t| t.attribute() == value)
            .unwrap_or_default()
    }
}

/// The choices of 长辈模式 that are on or off, each an attribute on `<html>` with one value (the
/// early script in `index.html` accepts these and no others: a host test compares its list with
/// this one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    /// 高对比度: at least 7:1, independent of dark mode.
    HighContrast,
    /// 大光标 (desktop pointers only).
    LargeCursor,
    /// 简约模式: one column of the report's text and figures, without controls of charts,
    /// animation or decoration, with more space between lines.
    Simple,
    /// 大字幕: the text under the pointer or the focus, very large, in a bar at the screen's bottom.
    Captions,
    /// 十字线: a crosshair following the pointer (desktop pointers only).
    Crosshair,
}

impl Switch {
    pub const ALL: [Switch; 5] = [
        Switch::HighContrast,
        Switch::LargeCursor,
        Switch::Simple,
        Switch::Captions,
        Switch::Crosshair,
    ];

    /// The `<html>` attribute it sets.
    pub fn attribute(self) -> &'static str {
        match self {
            Switch::HighContrast => "data-contrast",
            Switch::LargeCursor => "data-cursor",
            Switch::Simple => "data-simple",
            Switch::Captions => "data-captions",
            Switch::Crosshair => "data-crosshair",
        }
    }

    /// The attribute's value when it is on.
    pub fn value(self) -> &'static str {
        match self {
            Switch::HighContrast => "high",
            Switch::LargeCursor => "large",
            Switch::Simple | Switch::Captions | Switch::Crosshair => "on",
        }
    }

    /// Its name on its button.
    pub fn label(self) -> &'static str {
        match self {
            Switch::HighContrast => "高对比度",
            Switch::LargeCursor => "大光标",
            Switch::Simple => "简约模式",
            Switch::Captions => "大字幕",
            Switch::Crosshair => "十字线",
        }
    }

    /// Whether it serves a mouse alone (its button is not shown on a touch screen).
    pub fn pointer_only(self) -> bool {
        matches!(self, Switch::LargeCursor | Switch::Crosshair)
    }

    fn index(self) -> usize {
        Switch::ALL.iter().position(|s| *s == self).unwrap_or_default()
    }
}

/// The reader's choices; the default is the ordinary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preferences {
    pub font: FontTier,
    switches: [bool; Switch::ALL.len()],
}

/// The `<html>` attribute of the font tier (each switch names its own: `Switch::attribute`).
pub const FONT_ATTRIBUTE: &str = "data-font";

/// The `localStorage` key; its value is `name=value` pairs joined by `&` (see `to_storage`).
pub const STORAGE_KEY: &str = "yitu-reading";

impl Preferences {
    /// Whether `switch` is on.
    pub fn is_on(self, switch: Switch) -> bool {
        self.switches[switch.index()]
    }

    /// These preferences with the font tier `font`.
    pub fn with_font(mut self, font: FontTier) -> Preferences {
        self.font = font;
        self
    }

    /// These preferences with `switch` on or off.
    pub fn with(mut self, switch: Switch, on: bool) -> Preferences {
        self.switches[switch.index()] = on;
        self
    }

    /// Each attribute with its value, `None` meaning "remove it".
    pub fn attributes(self) -> Vec<(&'static str, Option<&'static str>)> {
        std::iter::once((FONT_ATTRIBUTE, self.font.attribute()))
            .chain(Switch::ALL.map(|s| (s.attribute(), self.is_on(s).then_some(s.value()))))
            .collect()
    }

    /// Reads preferences back from attribute values; anything unexpected counts as unset.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Preferences {
        Switch::ALL.into_iter().fold(
            Preferences {
                font: FontTier::from_attribute(get(FONT_ATTRIBUTE).as_deref()),
                ..Preferences::default()
            },
            |p, s| p.with(s, get(s.attribute()).as_deref() == Some(s.value())),
        )
    }

    /// Every attribute the early script may set, with the values it accepts (as its `allowed`
    /// list names them: without `data-`).
    pub fn accepted() -> Vec<(&'static str, Vec<&'static str>)> {
        let font = FontTier::ALL.iter().filter_map(|t| t.attribute()).collect();
        std::iter::once((FONT_ATTRIBUTE, font))
            .chain(Switch::ALL.map(|s| (s.attribute(), vec![s.value()])))
            .map(|(name, values)| (name.strip_prefix("data-").unwrap_or(name), values))
            .collect()
    }

    /// Reads the stored form back, as the early script does: only known names and values count.
    pub fn from_storage(stored: &str) -> Preferences {
        let pairs: Vec<(&str, &str)> = stored.split('&').filter_map(|pair| pair.split_once('=')).collect();
        Preferences::from_attributes(|name| {
            let key = name.strip_prefix("data-")?;
            pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned())
        })
    }

    /// The stored form the early script in `index.html` reads: `font=large&contrast=high`.
    pub fn to_storage(self) -> String {
        self.attributes()
            .iter()
            .filter_map(|(name, value)| Some(format!("{}={}", name.strip_prefix("data-")?, (*value)?)))
            .collect::<Vec<_>>()
            .join("&")
    }
}
