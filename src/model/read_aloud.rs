//! 朗读 (reading aloud) as the reader drives it: its speed, whether 指读 is on (what the reader
//! points at is read), and whether it is reading, paused or not. A reducer, tested on the host; the
//! browser's speech is `platform::reading`'s.

/// 语速: three speeds, as the speech engine's rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeechRate {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl SpeechRate {
    pub const ALL: [SpeechRate; 3] = [SpeechRate::Slow, SpeechRate::Normal, SpeechRate::Fast];

    pub fn label(self) -> &'static str {
        match self {
            SpeechRate::Slow => "慢",
            SpeechRate::Normal => "中",
            SpeechRate::Fast => "快",
        }
    }

    /// The rate `SpeechSynthesisUtterance` takes (1 is the voice's own).
    pub fn rate(self) -> f32 {
        match self {
            SpeechRate::Slow => 0.75,
            SpeechRate::Normal => 1.0,
            SpeechRate::Fast => 1.3,
        }
    }
}

/// Whether something is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeechStatus {
    #[default]
    Idle,
    Reading,
    Paused,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadAloud {
    pub rate: SpeechRate,
    /// 指读: the paragraph the mouse rests on is read; a tapped one is read on from (连读).
    pub pointing: bool,
    pub status: SpeechStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAloudAction {
    SetRate(SpeechRate),
    TogglePointing,
    /// Reading began (from the view, or from what was pointed at).
    Started,
    PauseOrResume,
    /// Stopped by the reader, or the last words were read.
    Ended,
}

impl ReadAloud {
    pub fn reduce(self, action: ReadAloudAction) -> ReadAloud {
        match action {
            ReadAloudAction::SetRate(rate) => ReadAloud { rate, ..self },
            ReadAloudAction::TogglePointing => ReadAloud {
                pointing: !self.pointing,
                ..self
            },
            ReadAloudAction::Started => ReadAloud {
                status: SpeechStatus::Reading,
                ..self
            },
            ReadAloudAction::PauseOrResume => ReadAloud {
                status: match self.status {
                    SpeechStatus::Reading => SpeechStatus::Paused,
                    SpeechStatus::Paused => SpeechStatus::Reading,
                    SpeechStatus::Idle => SpeechStatus::Idle,
                },
                ..self
            },
            ReadAloudAction::Ended => ReadAloud {
                status: SpeechStatus::Idle,
                ..self
            },
        }
    }

    /// The words of the bar shown while reading: what it is doing.
    pub fn bar_label(self) -> Option<&'static str> {
        match self.status {
            SpeechStatus::Idle => None,
            SpeechStatus::Reading => Some("正在朗读"),
            SpeechStatus::Paused => Some("朗读已暂停"),
        }
    }
}

/// What a key figure or an overview tile's figure is read as: its label, then its number with its
/// unit (`提出提案，313件`), where the page shows the number first.
pub fn figure_words(label: &str, value: &str) -> String {
    format!("{}，{}", label.trim(), value.trim())
}

/// Where no Chinese voice runs on this device: what the dialog says instead of 朗读's buttons.
pub const NO_VOICE: &str = "这个浏览器没有中文语音，无法在这里朗读。可以打开手机自带的读屏功能（如“旁白”“TalkBack”“屏幕朗读”），或在微信中使用“听全文”（如有）。";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_pauses_resumes_and_ends_and_keeps_its_speed_and_pointing() {
        let start = ReadAloud::default();
        assert_eq!(start.bar_label(), None);
        let reading = start
            .reduce(ReadAloudAction::SetRate(SpeechRate::Slow))
            .reduce(ReadAloudAction::TogglePointing)
            .reduce(ReadAloudAction::Started);
        assert_eq!(reading.bar_label(), Some("正在朗读"));
        let paused = reading.reduce(ReadAloudAction::PauseOrResume);
        assert_eq!(paused.status, SpeechStatus::Paused);
        assert_eq!(paused.bar_label(), Some("朗读已暂停"));
        assert_eq!(
            paused.reduce(ReadAloudAction::PauseOrResume).status,
            SpeechStatus::Reading
        );
        let ended = paused.reduce(ReadAloudAction::Ended);
        assert_eq!(ended.status, SpeechStatus::Idle);
        assert_eq!((ended.rate, ended.pointing), (SpeechRate::Slow, true));
        assert_eq!(ended.reduce(ReadAloudAction::PauseOrResume), ended, "nothing to pause");
    }

    #[test]
    fn a_figure_is_read_label_first_with_its_unit() {
        assert_eq!(figure_words(" 提出提案 ", "313件"), "提出提案，313件");
        let rates: Vec<f32> = SpeechRate::ALL.iter().map(|r| r.rate()).collect();
        assert!(rates.windows(2).all(|w| w[0] < w[1]), "{rates:?}");
    }
}
