//! Reusable pieces of the pages, one component per file. None touches the browser directly.

mod expand_toolbar;
mod expandable;
mod group_list;
mod item_list;
mod item_text;
mod key_figures;
mod reading_toolbar;
mod site_footer;
mod site_header;
mod table_of_contents;

pub use expand_toolbar::{ExpandToolbar, ExpandToolbarProps};
pub use expandable::{Expandable, ExpandableProps};
pub use group_list::{GroupList, GroupListProps};
pub use item_list::{ItemList, ItemListProps};
pub use item_text::{ItemText, ItemTextProps};
pub use key_figures::{KeyFigures, KeyFiguresProps};
pub use reading_toolbar::{ReadingToolbar, ReadingToolbarProps};
pub use site_footer::{SiteFooter, SiteFooterProps};
pub use site_header::{SiteHeader, SiteHeaderProps};
pub use table_of_contents::{TableOfContents, TableOfContentsProps};
