//! A section's content below its heading, for the report page (inside its `<details>`) and for its
//! embed page (expanded, on its own): a work area's groups and charts, the tasks, or the proposals
//! report. Static text is rendered as escaped markup by `model::markup`.

use super::{raw_markup, section_charts, SectionChartsProps};
use crate::model::{groups_markup, item_list_markup, item_markup, ItemIds, Model, SectionContent, SectionId};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct SectionBodyProps {
    pub model: Model,
    pub section: SectionId,
    /// The level of the section's own heading (`h3` for a work area on the report page, `h2` on an
    /// embed page); the headings inside follow without gaps.
    pub heading_level: u8,
    /// Where figure cards link: empty for this page, the full report's address on an embed page.
    pub report_url: AttrValue,
}

fn markup(html: String) -> Html {
    raw_markup(html)
}

pub fn section_body(props: &SectionBodyProps) -> Html {
    let Some(section) = props.model.section(&props.section) else {
        return Html::default();
    };
    let id = section.id.as_str();
    let sub = props.heading_level.saturating_add(1).clamp(2, 6);
    // Share links only on the report page (embed pages link the full report instead).
    let share = props.report_url.is_empty();
    let charts = section_charts(&SectionChartsProps {
        model: props.model.clone(),
        section: section.id.clone(),
        report_url: props.report_url.clone(),
    });
    match &section.content {
        SectionContent::Area(area) => {
            html! { <>{ markup(groups_markup(&area.groups, sub, id, share)) }{ charts }</> }
        }
        SectionContent::Tasks(tasks) => html! {
            <>
                <p class="requirements-label">{ tasks.requirements_label.to_string() }</p>
                <p class="requirements">{ tasks.requirements.to_string() }</p>
                { markup(item_list_markup(&tasks.items, Some("tasks"), Some(ItemIds { section_id: id, first: 1, share }))) }
                { charts }
            </>
        },
        SectionContent::Proposals(proposals) => {
            let outlook_first = section.outlook_first_number();
            let heading = |text: &str| {
                html! { <@{format!("h{sub}")} class="sub-heading">{ text.to_owned() }</@> }
            };
            html! {
                <>
                    <p class="summary-text">{ markup(item_markup(&proposals.summary)) }</p>
                    { heading(&proposals.measures_heading) }
                    { markup(groups_markup(&proposals.groups, sub.saturating_add(1), id, share)) }
                    { heading(&proposals.outlook.heading) }
                    { markup(item_list_markup(&proposals.outlook.items, None, Some(ItemIds { section_id: id, first: outlook_first, share }))) }
                    { charts }
                </>
            }
        }
    }
}
