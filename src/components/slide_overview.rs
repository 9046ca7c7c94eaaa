//! The deck's overview (O): every slide as a thumbnail in a grid, the current one marked, the
//! selection moved by the arrows. For screen readers it is a list of links named by number and
//! title; a click, or Enter on a link, shows that slide.

use super::SlideView;
use crate::model::Model;
use crate::model::{DeckCommand, Slide};
use yew::prelude::*;

/// The grid's id (its columns are read from the layout) and its links' ids (`overview-slide-7`).
pub const OVERVIEW_GRID_ID: &str = "deck-overview-grid";

/// The id of the control that opens the overview (the deck's 总览, the speaker view's 总览（O）;
/// one page shows one of them), where the focus returns when it closes.
pub const OVERVIEW_BUTTON_ID: &str = "deck-overview-button";

/// The id of the overview's link to slide `index` (0-based).
pub fn overview_link_id(index: usize) -> String {
    format!("overview-slide-{}", index + 1)
}

#[derive(Properties, PartialEq)]
pub struct SlideOverviewProps {
    pub model: Model,
    /// The slide the deck shows (0-based).
    pub current: usize,
    /// The slide the selection marks.
    pub selected: usize,
    #[prop_or_default]
    pub report_url: AttrValue,
    /// A slide was chosen: show it and close.
    pub on_jump: Callback<usize>,
    /// The focus moved to a slide's link.
    pub on_select: Callback<usize>,
    /// 关闭 (as Esc).
    pub on_command: Callback<DeckCommand>,
}

#[component]
pub fn SlideOverview(props: &SlideOverviewProps) -> Html {
    let deck = props.model.slides();
    let total = deck.len();
    let close = props.on_command.reform(|_: MouseEvent| DeckCommand::Close);
    let link = |(index, slide): (usize, &Slide)| {
        let jump = props.on_jump.reform(move |event: MouseEvent| {
            event.prevent_default();
            index
        });
        let select = props.on_select.reform(move |_: FocusEvent| index);
        let current = index == props.current;
        html! {
            <li>
                <a id={overview_link_id(index)} href={format!("#{}", index + 1)} onclick={jump} onfocus={select}
                    class={classes!("deck-overview-link", (index == props.selected).then_some("selected"))}
                    aria-current={current.then_some("true")}>
                    <span class="deck-overview-thumb" aria-hidden="true">
                        <SlideView model={props.model.clone()} slide={slide.clone()} number={index + 1} {total}
                            hidden={false} report_url={props.report_url.clone()} />
                    </span>
                    <span class="deck-overview-label">
                        <span class="deck-overview-number">{ index + 1 }</span>
                        { slide.title.to_string() }
                        if current {
                            <span class="deck-overview-current">{ "当前" }</span>
                        }
                    </span>
                </a>
            </li>
        }
    };
    html! {
        <div class="deck-overview" role="dialog" aria-modal="true" aria-labelledby="deck-overview-title">
            <div class="deck-overview-head">
                <h2 id="deck-overview-title">{ "幻灯片总览" }</h2>
                <p class="deck-overview-hint">{ "方向键选择，回车打开，O 或 Esc 关闭" }</p>
                <button type="button" class="deck-control" onclick={close}>{ "关闭" }</button>
            </div>
            <ol id={OVERVIEW_GRID_ID} class="deck-overview-grid">
                { for deck.iter().enumerate().map(link) }
            </ol>
        </div>
    }
}
