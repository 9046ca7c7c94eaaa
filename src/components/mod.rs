//! Reusable pieces of the pages, one component per file. None touches the browser directly.

mod chart_figure;
mod expand_toolbar;
mod expandable;
mod figure_cards;
mod group_list;
mod item_list;
mod item_text;
mod key_figures;
mod reading_toolbar;
mod section_charts;
mod site_footer;
mod site_header;
mod svg_markup;
mod table_of_contents;

pub use chart_figure::{ChartFigure, ChartFigureProps};
pub use expand_toolbar::{ExpandToolbar, ExpandToolbarProps};
pub use expandable::{Expandable, ExpandableProps};
pub use figure_cards::{FigureCards, FigureCardsProps};
pub use group_list::{GroupList, GroupListProps};
pub use item_list::{ItemList, ItemListProps};
pub use item_text::{ItemText, ItemTextProps};
pub use key_figures::{KeyFigures, KeyFiguresProps};
pub use reading_toolbar::{ReadingToolbar, ReadingToolbarProps};
pub use section_charts::{SectionCharts, SectionChartsProps};
pub use site_footer::{SiteFooter, SiteFooterProps};
pub use site_header::{SiteHeader, SiteHeaderProps};
pub use svg_markup::{SvgMarkup, SvgMarkupProps};
pub use table_of_contents::{TableOfContents, TableOfContentsProps};
