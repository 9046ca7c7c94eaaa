//! View-ready questions asked of a validated report: text split around figures, sections, lookups.
//! No yew, no browser: tested on the host.

mod charts;
mod fragment;
mod markup;
mod preferences;
mod sections;
mod segments;

pub use charts::{chart_anchor, chart_views, charts_in_section, ChartView};
pub use fragment::{resolve_fragment, FragmentTarget, KEY_FIGURES_ID};
pub use markup::{escape, groups_markup, item_list_markup, item_markup};
pub use preferences::{FontTier, Preferences, CONTRAST_ATTRIBUTE, CURSOR_ATTRIBUTE, FONT_ATTRIBUTE, STORAGE_KEY};
pub use sections::{
    all_figures, figure_anchor, locate_figure, sections, source_lines, split_numbering, FigureRef, Section,
};
pub use segments::{segments, Segment};
