//! Reusable pieces of the pages, one component per file. None touches the browser directly.

mod chart_export;
mod chart_figure;
mod embed_button;
mod embed_dialog;
mod expand_toolbar;
mod expandable;
mod figure_card;
mod figure_cards;
mod key_figures;
mod raw_markup;
mod reading_toolbar;
mod section_body;
mod section_charts;
mod site_footer;
mod site_header;
mod table_of_contents;

pub use chart_export::{ChartExport, ChartExportProps};
pub use chart_figure::{ChartFigure, ChartFigureProps};
pub use embed_button::{EmbedButton, EmbedButtonProps, EmbedOpener};
pub use embed_dialog::{EmbedDialog, EmbedDialogProps};
pub use expand_toolbar::{ExpandToolbar, ExpandToolbarProps};
pub use expandable::{Expandable, ExpandableProps};
pub use figure_card::figure_card;
pub use figure_cards::{FigureCards, FigureCardsProps};
pub use key_figures::{KeyFigures, KeyFiguresProps};
pub use raw_markup::{RawMarkup, RawMarkupProps};
pub use reading_toolbar::{ReadingToolbar, ReadingToolbarProps};
pub use section_body::{SectionBody, SectionBodyProps};
pub use section_charts::{chart_block, SectionCharts, SectionChartsProps};
pub use site_footer::{SiteFooter, SiteFooterProps};
pub use site_header::{SiteHeader, SiteHeaderProps};
pub use table_of_contents::{TableOfContents, TableOfContentsProps};
