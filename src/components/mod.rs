//! Reusable pieces of the pages, one component per file. None touches the browser directly.

mod chart_export;
mod chart_figure;
mod copy_action;
mod deck_slides;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
mod editor;
mod embed_button;
mod embed_choice;
mod embed_code;
mod expand_toolbar;
mod expandable;
mod figure_card;
mod figure_cards;
mod key_figures;
mod overview_tiles;
mod picture_maker;
mod qr_code;
mod raw_markup;
mod read_aloud_controls;
mod reading_aids;
mod reading_toolbar;
mod report_address;
mod report_body;
mod report_part;
mod report_search;
mod section_body;
mod section_charts;
mod section_mark;
mod share_panel;
mod site_footer;
mod site_header;
mod slide_overview;
mod slide_view;
mod speaker_timer;
mod speaker_view;
mod speaking_bar;
mod table_of_contents;

pub use chart_export::{ChartExport, ChartExportProps};
pub use chart_figure::{ChartFigure, ChartFigureProps};
pub use copy_action::copy_on_click;
pub use deck_slides::{DeckSlides, DeckSlidesProps, SlideSource};
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub use editor::*;
pub use embed_button::{chart_actions, embed_button, ChartActionsProps, EmbedButtonProps};
pub use embed_choice::{EmbedChoice, EmbedChoiceProps};
pub use embed_code::{EmbedCode, EmbedCodeProps, EMBED_CODE_HEADING_ID, EMBED_CODE_ID};
pub use expand_toolbar::{ExpandToolbar, ExpandToolbarProps};
pub use expandable::{expandable, ExpandableProps};
pub use figure_card::{figure_cards, figure_value};
pub use figure_cards::{figure_cards_block, FigureCardsProps};
pub use key_figures::{key_figures, KeyFiguresProps};
pub use overview_tiles::{overview_tiles, OverviewTilesProps};
pub use picture_maker::{PictureMaker, PictureMakerProps};
pub use qr_code::{qr_code_image, QrCodeProps};
pub use raw_markup::raw_markup;
pub use read_aloud_controls::{ReadAloudControls, ReadAloudControlsProps};
pub use reading_aids::{ReadingAids, ReadingAidsProps};
pub use reading_toolbar::{ReadingToolbar, ReadingToolbarProps};
pub use report_address::use_report_address;
pub use report_body::{ReportBody, ReportBodyProps};
pub use report_part::{
    page_parts, section_parts, start_parts, PartKind, PartSlot, PrerenderedParts, ReportPart, ReportPartProps,
    SectionPart,
};
pub use report_search::{ReportSearch, ReportSearchProps, SEARCH_ID};
pub use section_body::{section_body, SectionBodyProps};
pub use section_charts::{chart_block, section_charts, SectionChartsProps};
pub use section_mark::section_heading;
pub use share_panel::{SharePanel, SharePanelProps};
pub use site_footer::{SiteFooter, SiteFooterProps};
pub use site_header::{site_header, SiteHeaderProps};
pub use slide_overview::{overview_link_id, SlideOverview, SlideOverviewProps, OVERVIEW_BUTTON_ID, OVERVIEW_GRID_ID};
pub use slide_view::{slide_body_markup, SlideView, SlideViewProps};
pub use speaker_timer::{SpeakerTimer, SpeakerTimerProps};
pub use speaker_view::{SpeakerView, SpeakerViewProps};
pub use speaking_bar::{SpeakingBar, SpeakingBarProps};
pub use table_of_contents::{table_of_contents, TableOfContentsProps, TOC_LIST_ID};
