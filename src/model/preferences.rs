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

/// The reader's choices; the default is the ordinary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preferences {
    pub font: FontTier,
    pub high_contrast: bool,
    pub large_cursor: bool,
}

/// The `<html>` attributes preferences are expressed as.
pub const FONT_ATTRIBUTE: &str = "data-font";
pub const CONTRAST_ATTRIBUTE: &str = "data-contrast";
pub const CURSOR_ATTRIBUTE: &str = "data-cursor";

/// The `localStorage` key; its value is `name=value` pairs joined by `&` (see `to_storage`).
pub const STORAGE_KEY: &str = "yitu-reading";

impl Preferences {
    /// Each attribute with its value, `None` meaning "remove it".
    pub fn attributes(self) -> [(&'static str, Option<&'static str>); 3] {
        [
            (FONT_ATTRIBUTE, self.font.attribute()),
            (CONTRAST_ATTRIBUTE, self.high_contrast.then_some("high")),
            (CURSOR_ATTRIBUTE, self.large_cursor.then_some("large")),
        ]
    }

    /// Reads preferences back from attribute values; anything unexpected counts as unset.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Preferences {
        Preferences {
            font: FontTier::from_attribute(get(FONT_ATTRIBUTE).as_deref()),
            high_contrast: get(CONTRAST_ATTRIBUTE).as_deref() == Some("high"),
            large_cursor: get(CURSOR_ATTRIBUTE).as_deref() == Some("large"),
        }
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
