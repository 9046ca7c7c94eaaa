//! View-ready questions asked of a validated report: text split around figures, sections, lookups.
//! No yew, no browser: tested on the host.

mod address;
mod charts;
mod deck;
mod embed;
mod fragment;
mod ids;
mod markup;
mod overview;
mod phrases;
mod preferences;
mod presenter;
mod read_aloud;
mod report_model;
mod search;
mod sections;
mod segments;
mod share;
mod slide_markup;
mod target;

pub use address::{report_address, report_link};
pub use charts::ChartView;
pub use deck::{
    callouts, deck_command, early_commands, slide_from_fragment, slide_status, DeckCommand, LabelPlace, Slide,
    SlideBody,
};
pub use embed::{
    embed_snippets, height_messages, json_string, own_height, parse_embed_query, parse_parent_message, pym_message,
    BlockKind, EmbedBlock, EmbedQuery, Outgoing, ParentMessage, Snippets, KEY_FIGURES_TITLE, PYM_DELIMITER,
};
pub use fragment::{resolve_fragment, FragmentTarget};
pub use ids::{ChartId, FigureId, ItemId, SectionId};
pub use markup::{
    badge_markup, escape, figure_cards_markup, figure_value_markup, groups_markup, icon_markup, item_list_markup,
    item_markup, label_markup, page_links_markup, phrased, section_heading_markup, tiles_markup, ItemIds,
};
pub use overview::{balanced_columns, Numbering, Tile, TileBody, OVERVIEW_ID, OVERVIEW_TITLE};
pub use phrases::phrases;
pub use preferences::{FontTier, Preferences, Switch, FONT_ATTRIBUTE, STORAGE_KEY};
pub use presenter::{
    audience_placement, audience_screen, audience_window_features, clock_face, pacing, parse_talk_minutes,
    time_left_text, AudienceWindow, Pace, Pacing, ScreenArea, Screens, SlideOrder, SlideStamp, MOST_TALK_MINUTES,
};
pub use read_aloud::{figure_words, ReadAloud, ReadAloudAction, SpeechRate, SpeechStatus, NO_VOICE};
pub use report_model::{Model, Parts};
pub use search::{search, snippet_bounds, SearchHit, MOST_HITS};
pub use sections::{split_numbering, FigurePlace, Part, Section, SectionContent, SectionLine};
pub use segments::{segments, Segment};
pub use share::{
    embed_path, section_code_file, share_path, share_target, slide_share_fragment, wants_embed, Picture, ShareTarget,
    EMBED_QUERY,
};
pub use slide_markup::{
    slide_chart_markup, slide_figures_markup, slide_heading_markup, slide_items_markup, slide_kind_class, slide_label,
    slide_paragraph_markup, slide_section_markup,
};
pub use target::{
    chart_anchor, chart_id_of_anchor, figure_anchor, item_anchor, taken_by_a_chart_part, taken_by_the_page, Shared,
    Target, CHART_BAR_INFIX, CHART_CANVAS_SUFFIX, CHART_DESCRIPTION_SUFFIX, CHART_TABLE_SUFFIX, CHART_TITLE_SUFFIX,
    KEY_FIGURES_ID, PAGE_ELEMENT_IDS, SLIDE_PREFIX,
};
