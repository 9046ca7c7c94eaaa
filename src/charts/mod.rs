//! Pure chart drawing with plotters' SVG backend: a spec and a size in, an SVG string and the
//! marks' pixel boxes out. No yew, no browser; layout never measures text, so the host and the
//! browser draw the same string (the server can prerender it and the browser hydrate it).

mod bars;

pub use bars::{layout_bars, render_bars, BarSpec};

/// What a render produces: the SVG and, for each mark, its box in SVG pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub marks: Vec<MarkBox>,
}

/// A drawn mark (a bar) and where it is, for readouts and hit targets laid over the SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkBox {
    pub label: String,
    pub value_text: String,
    /// The drawn bar's length; the box (`x`, `y`, `width`, `height`) is the hit target around it.
    pub bar_length: i32,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "图表无法绘制：{}", self.0)
    }
}

/// Colours are drawn as placeholders and turned into CSS variables, so one SVG follows the light,
/// dark and high-contrast themes without a redraw.
pub(crate) const THEME_COLOURS: [(&str, &str); 3] = [
    ("#010203", "var(--chart-bar)"),
    ("#040506", "var(--text)"),
    ("#070809", "var(--chart-axis)"),
];

pub(crate) fn themed(svg: String) -> String {
    THEME_COLOURS.iter().fold(svg, |svg, (placeholder, variable)| {
        svg.replace(
            &format!("fill=\"{placeholder}\""),
            &format!("style=\"fill:{variable}\""),
        )
        .replace(
            &format!("stroke=\"{placeholder}\""),
            &format!("style=\"stroke:{variable}\""),
        )
    })
}
