//! The report page starts in parts, so that no task of its start runs long on a slow phone: the
//! page itself (the header, the footer), then its top bar, its overview and its body
//! (`ReportBody`: 目录, search, the key figures and the sections' frames), then each section's
//! content, nearest the screen first, each an app of its own started in a task of its own
//! (`platform::start_app_in`, `platform::run_nearest_first`).
//!
//! The server renders each part on its own too, and the page carries that where the part stands,
//! as markup it adopts as it hydrates (`raw_markup`); until its part starts, that markup works as the
//! page does before the app (links, `<details>`, taps kept with `data-early`).

use super::{
    embed_button, overview_tiles, raw_markup, section_body, EmbedButtonProps, OverviewTilesProps, ReadingToolbar,
    ReportBody, SectionBodyProps, SEARCH_ID, TOC_LIST_ID,
};
use crate::model::{section_code_file, Model, Part, SectionId, Tile};
use crate::platform::{self, NearWork};
use std::rc::Rc;
use yew::prelude::*;

/// The server's rendering of each section's content, which the body carries where each stands.
/// Empty in the browser: there each part adopts what the page carries.
#[derive(Clone, PartialEq, Default)]
pub struct PrerenderedParts(pub Rc<[(SectionId, AttrValue)]>);

impl PrerenderedParts {
    /// The content of `section` as the server rendered it; empty in the browser.
    pub fn of(&self, section: &SectionId) -> AttrValue {
        self.0
            .iter()
            .find(|(id, _)| id == section)
            .map(|(_, html)| html.clone())
            .unwrap_or_default()
    }
}

/// Which part of the report page an app is.
#[derive(Clone, PartialEq)]
pub enum PartKind {
    /// The top bar: 目录, 搜索 and 长辈模式.
    TopBar,
    /// 总览: the overview's tiles, at the top of the page.
    Overview,
    /// 目录, search, the key figures, 2023年工作回顾's opening and every section's frame, with the
    /// sections' contents as the server rendered them.
    Body(PrerenderedParts),
    /// One section's content: its text and charts, its 嵌入 and 分享 links and, in print, its
    /// 码上看报告 code.
    Section(SectionPart),
}

/// A section whose content is a part of its own.
#[derive(Clone, PartialEq)]
pub struct SectionPart {
    pub section: SectionId,
    /// The level of the section's own heading (`h3` for a work area, under 2023年工作回顾; `h2`
    /// for the tasks and the proposals).
    pub heading_level: u8,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ReportPartProps {
    pub model: Model,
    pub kind: PartKind,
}

impl ReportPartProps {
    /// The part of `tile`'s section: its heading's level follows where the section stands.
    pub fn section(model: &Model, tile: &Tile) -> Self {
        Self {
            model: model.clone(),
            kind: PartKind::Section(SectionPart {
                section: tile.section_id.clone(),
                heading_level: if tile.part == Part::Area { 3 } else { 2 },
            }),
        }
    }
}

/// The page's own parts, in its order: the top bar, the overview and the body (carrying
/// `sections`, the sections' contents as the server rendered them; empty in the browser).
pub fn page_parts(model: &Model, sections: PrerenderedParts) -> [ReportPartProps; 3] {
    [PartKind::TopBar, PartKind::Overview, PartKind::Body(sections)].map(|kind| ReportPartProps {
        model: model.clone(),
        kind,
    })
}

/// The parts of every section, in the page's order.
pub fn section_parts(model: &Model) -> Vec<ReportPartProps> {
    model
        .tiles()
        .iter()
        .map(|tile| ReportPartProps::section(model, tile))
        .collect()
}

/// A part and the element it starts on.
#[derive(Clone, PartialEq)]
pub struct PartSlot {
    pub host: NodeRef,
    pub part: ReportPartProps,
}

impl PartSlot {
    pub fn new(part: ReportPartProps) -> Self {
        Self {
            host: NodeRef::default(),
            part,
        }
    }

    /// The element the part starts on (`.part-host`, which lays out no box of its own), holding
    /// what the server rendered of it (`prerendered`: empty in the browser, where it adopts what
    /// is there).
    pub fn host(&self, prerendered: AttrValue) -> Html {
        html! { <div class="part-host" ref={self.host.clone()}>{ raw_markup(prerendered) }</div> }
    }
}

impl PartKind {
    /// The name of the part's start in the performance timeline (`yitu-part:body`,
    /// `yitu-part:<section>`), which tests and traces read for the order the parts started in.
    fn measure_name(&self) -> String {
        match self {
            PartKind::TopBar => "yitu-part:top-bar".to_owned(),
            PartKind::Overview => "yitu-part:overview".to_owned(),
            PartKind::Body(_) => "yitu-part:body".to_owned(),
            PartKind::Section(part) => format!("yitu-part:{}", part.section),
        }
    }
}

/// Starts each of `slots`' parts in a task of its own, the nearest to the screen first; `then`
/// in a task after them.
pub fn start_parts(slots: &[PartSlot], then: impl FnOnce() + 'static) {
    let work = slots.iter().map(|slot| {
        let (near, host, part) = (slot.host.clone(), slot.host.clone(), slot.part.clone());
        let name = part.kind.measure_name();
        NearWork {
            near,
            run: Box::new(move || platform::measured(&name, || platform::start_app_in::<ReportPart>(&host, part))),
        }
    });
    platform::run_nearest_first(work.collect(), then);
}

/// 码上看报告: printed at a section's end, never on the screen, the QR code of its address
/// (`image`) beside its heading and that address. Where the data file sets `public_url`, the one
/// address paper can carry, the section's content ends with it, its code a file `site::render`
/// writes (`loading="lazy"`, so only printing fetches it); where it does not, the body ends each
/// section with it as the page is printed, of the address it is printed from
/// (`report_body::printed_code`).
pub fn section_code(image: Html, heading: &str, address: String) -> Html {
    html! {
        <div class="print-only section-code">
            { image }
            <p class="section-code-text">
                <span class="section-code-title">{ "码上看报告：" }{ heading }</span>
                <span class="section-code-address">{ address }</span>
            </p>
        </div>
    }
}

/// The section's code at the public address, where the data file sets one.
fn public_section_code(public_url: Option<&str>, id: &SectionId, heading: &str) -> Html {
    let Some(base) = public_url else {
        return Html::default();
    };
    let image = html! {
        <img src={section_code_file(id.as_rc())} loading="lazy" width="96" height="96"
            alt={format!("二维码：{heading}")} />
    };
    section_code(image, heading, format!("{base}#{id}"))
}

/// A section's content, below its heading.
fn section_content(model: &Model, id: &SectionId, heading_level: u8) -> Html {
    let Some(tile) = model.tile(id) else {
        return Html::default();
    };
    html! {
        <>
            { section_body(&SectionBodyProps { model: model.clone(), section: id.clone(), heading_level, report_url: AttrValue::default() }) }
            <p class="embed-action">
                { embed_button(&EmbedButtonProps {
                    title: tile.heading.to_string().into(),
                    share: id.as_rc().clone().into(),
                    share_label: "分享／生成图片".into(),
                }) }
            </p>
            { public_section_code(model.report().site.public_url.as_deref(), id, &tile.heading) }
        </>
    }
}

/// The root of each part's app (one type for every part, so the wasm carries one app's code).
#[component]
pub fn ReportPart(props: &ReportPartProps) -> Html {
    match &props.kind {
        PartKind::TopBar => html! {
            <ReadingToolbar>
                <a class="top-bar-link" href={format!("#{TOC_LIST_ID}")}>{ "目录" }</a>
                <a class="top-bar-link top-bar-search" href={format!("#{SEARCH_ID}")}>{ "搜索" }</a>
            </ReadingToolbar>
        },
        PartKind::Overview => overview_tiles(&OverviewTilesProps {
            model: props.model.clone(),
        }),
        PartKind::Body(parts) => html! { <ReportBody model={props.model.clone()} parts={parts.clone()} /> },
        PartKind::Section(part) => section_content(&props.model, &part.section, part.heading_level),
    }
}
