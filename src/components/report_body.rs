//! The report page's body, a part of its own (see `report_part`): 目录 and search beside the text,
//! the key figures, 2023年工作回顾's opening with 展开全部 / 收起全部, and every section as an
//! expandable frame whose content is a part of its own. It owns which sections are open (one
//! reducer) and the effects that follow them: once started, it adopts what the reader toggled
//! before the wasm arrived, follows the fragment and keeps following it, opens everything for
//! print, starts the sections' contents and then marks the page ready (`<html data-app="ready">`).

use super::report_part::{section_code, section_parts, start_parts, PartKind, PartSlot, PrerenderedParts};
use super::{
    expandable, key_figures, qr_code_image, section_heading, table_of_contents, ExpandToolbar, ExpandableProps,
    KeyFiguresProps, QrCodeProps, ReportSearch, TableOfContentsProps,
};
use crate::model::{resolve_fragment, FragmentTarget, Model, Part, SectionId, Tile};
use crate::platform;
use crate::state::{ReportAction, ReportUi};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportBodyProps {
    pub model: Model,
    /// Each section's content as the server rendered it (empty in the browser).
    pub parts: PrerenderedParts,
}

/// Opens the target's section (if any) and scrolls to its element.
fn follow(ui: &UseReducerDispatcher<ReportUi>, target: FragmentTarget) {
    platform::reveal(target.open_section.as_deref(), &target.anchor);
    if let Some(id) = target.open_section {
        ui.dispatch(ReportAction::SetOpen(id, true));
    }
}

/// Opens and scrolls to what a fragment names; unknown fragments change nothing.
fn follow_fragment(model: &Model, ui: &UseReducerDispatcher<ReportUi>, fragment: &str) {
    if let Some(target) = resolve_fragment(model, fragment) {
        follow(ui, target);
    }
}

/// Once the body has started: adopts what the reader toggled before, follows the fragment, starts
/// the sections' contents (then the page is ready). Returns the address the page is printed from,
/// once it is printed (`printed_from`).
#[hook]
fn use_body_start(
    model: &Model,
    ids: Rc<[SectionId]>,
    ui: UseReducerDispatcher<ReportUi>,
    slots: Rc<Vec<PartSlot>>,
) -> Option<Rc<str>> {
    // Where the page is printed from, once it is (码上看报告 without a public address).
    let printed = use_state_eq(|| None::<Rc<str>>);
    let printed_setter = printed.setter();
    let model = model.clone();
    use_effect_with((), move |_| {
        for id in ids.iter() {
            if let Some(open) = platform::details_open_before_app(id) {
                ui.dispatch(ReportAction::SetOpen(id.clone(), open));
            }
        }
        follow_fragment(&model, &ui, &platform::fragment());
        // Printing shows every section and every chart's table.
        let printing = {
            let (ui, model, printed) = (ui.clone(), model.clone(), printed_setter);
            platform::on_before_print(move || {
                ui.dispatch(ReportAction::OpenAll(ids.to_vec()));
                platform::open_all_details(".chart-table");
                printed.set(printed_from(&model));
            })
        };
        let subscription = platform::on_hash_change(move |fragment| follow_fragment(&model, &ui, &fragment));
        start_parts(&slots, platform::mark_ready);
        let rising = platform::rise_when_seen(".key-figure-number");
        move || {
            let _unsubscribe = (subscription, rising, printing);
        }
    });
    (*printed).clone()
}

/// The address the page is printed from, for 码上看报告 where the data file sets no public
/// address (none for a page opened from a file, whose address no phone can open).
fn printed_from(model: &Model) -> Option<Rc<str>> {
    let here = platform::page_address();
    (model.report().site.public_url.is_none() && !here.is_empty()).then(|| here.into())
}

/// A section's 码上看报告 as printed from `here`: the QR code of its address there.
fn printed_code(tile: &Tile, here: Option<&str>) -> Html {
    let Some(here) = here else {
        return Html::default();
    };
    let address = format!("{here}#{}", tile.section_id);
    let image = qr_code_image(&QrCodeProps {
        text: address.clone().into(),
        label: format!("二维码：{}", tile.heading).into(),
    });
    section_code(image, &tile.heading, address)
}

#[component]
pub fn ReportBody(props: &ReportBodyProps) -> Html {
    let model = &props.model;
    let first_section = model.sections().first().map(|s| s.id.clone());
    let ui = use_reducer_eq(move || ReportUi::with_open(first_section));
    let slots = {
        let model = model.clone();
        use_memo((), move |_| {
            section_parts(&model).into_iter().map(PartSlot::new).collect::<Vec<_>>()
        })
    };
    let ids: Rc<[SectionId]> = model.sections().iter().map(|s| s.id.clone()).collect();
    let printed_from = use_body_start(model, ids.clone(), ui.dispatcher(), slots.clone());

    let ontoggle = |id: SectionId| {
        let dispatcher = ui.dispatcher();
        Callback::from(move |event: Event| {
            if let Some(open) = platform::event_details_open(&event) {
                dispatcher.dispatch(ReportAction::SetOpen(id.clone(), open));
            }
        })
    };
    // The fragment follows what the reader opens, without a history entry per toggle.
    let onsummaryclick = Callback::from(|id: Rc<str>| {
        let opening = !platform::details_open(&id).unwrap_or(false);
        if opening {
            platform::replace_fragment(Some(&id));
        } else if platform::fragment() == id.as_ref() {
            platform::replace_fragment(None);
        }
    });
    let onexpandall = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(ReportAction::OpenAll(ids.to_vec())))
    };
    let oncollapseall = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(ReportAction::CloseAll))
    };
    let onfollow = {
        let dispatcher = ui.dispatcher();
        Callback::from(move |target: FragmentTarget| follow(&dispatcher, target))
    };
    let section = |tile: &Tile| {
        let id = &tile.section_id;
        let found = slots.iter().find_map(|slot| match &slot.part.kind {
            PartKind::Section(part) if part.section == *id => Some((slot, part.heading_level)),
            _ => None,
        });
        let Some((slot, heading_level)) = found else {
            return Html::default();
        };
        expandable(&ExpandableProps {
            id: id.as_rc().clone(),
            open: ui.is_open(id),
            summary: section_heading(tile, heading_level, None),
            ontoggle: ontoggle(id.clone()),
            onsummaryclick: onsummaryclick.clone(),
            children: html! { <>{ slot.host(props.parts.of(id)) }{ printed_code(tile, printed_from.as_deref()) }</> },
        })
    };
    let (area_tiles, parts): (Vec<&Tile>, Vec<&Tile>) = model.tiles().iter().partition(|t| t.part == Part::Area);
    let review = &model.report().review;
    html! {
        <>
            <div class="report-rail">
                { table_of_contents(&TableOfContentsProps { model: model.clone() }) }
                <ReportSearch model={model.clone()} {onfollow} />
            </div>
            <div class="report-text">
                { key_figures(&KeyFiguresProps { model: model.clone(), report_url: AttrValue::default() }) }
                <section id={review.id.to_string()} class="part" aria-labelledby="review-heading">
                    <h2 id="review-heading" class="part-heading">{ review.heading.to_string() }</h2>
                    <p class="intro">{ review.intro.to_string() }</p>
                    <p class="results-heading">{ review.results_heading.to_string() }</p>
                    <ExpandToolbar {onexpandall} {oncollapseall} />
                    { for area_tiles.into_iter().map(&section) }
                </section>
                { for parts.into_iter().map(&section) }
            </div>
        </>
    }
}
