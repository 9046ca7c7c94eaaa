//! 编辑台's site settings: who publishes the report and when (under its title and on every
//! picture), the report's public address (for QR codes, shares and embeds), the talk's length (the
//! presenter's timer), the sites allowed to embed its blocks. Each a decision, checked as
//! `check-data` checks it.

use crate::data::MOST_TALK_MINUTES;
use crate::draft::{Draft, DraftAction, Edit};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteSettingsProps {
    pub draft: Rc<Draft>,
    pub onchange: Callback<DraftAction>,
}

/// A field's text as a setting: none when it is left empty.
fn given(text: String) -> Option<Rc<str>> {
    (!text.is_empty()).then(|| Rc::from(text))
}

fn decided(onchange: &Callback<DraftAction>, make: impl Fn(String) -> Edit + 'static) -> Callback<Event> {
    super::on_decided(onchange.reform(move |text: String| DraftAction::Edit(make(text.trim().to_owned()))))
}

#[component]
pub fn SiteSettings(props: &SiteSettingsProps) -> Html {
    let site = &props.draft.model.report().site;
    let problems: Vec<String> = props
        .draft
        .problems()
        .into_iter()
        .filter(|p| p.path.starts_with("site"))
        .map(|p| p.message)
        .collect();
    let publisher = decided(&props.onchange, |text| Edit::Publisher(given(text)));
    let published = decided(&props.onchange, |text| Edit::Published(given(text)));
    let url = decided(&props.onchange, |text| Edit::PublicUrl(given(text)));
    let minutes = decided(&props.onchange, |text| {
        Edit::TalkMinutes(text.parse().ok().filter(|&m| m > 0))
    });
    let sites = decided(&props.onchange, |text| {
        let list: Rc<[Rc<str>]> = text.split_whitespace().map(Rc::from).collect();
        Edit::EmbedSites((!list.is_empty()).then_some(list))
    });
    let joined = site
        .embed_frame_ancestors
        .as_ref()
        .map(|l| l.join(" "))
        .unwrap_or_default();
    html! {
        <section class="editor-settings" aria-labelledby="settings-heading">
            <h3 id="settings-heading" class="editor-step-title">{ "网站设置" }</h3>
            <p class="editor-field">
                <label for="site-publisher">{ "发布单位（显示在标题下、长图和分享图片上，如：北碚区政协）：" }</label>
                <input id="site-publisher" type="text" class="editor-input"
                    value={site.publisher.as_deref().unwrap_or_default().to_owned()} onchange={publisher} />
            </p>
            <p class="editor-field">
                <label for="site-published">{ "发布日期（如：2024年1月 或 2024年1月15日）：" }</label>
                <input id="site-published" type="text" class="editor-input editor-short"
                    value={site.published.as_deref().unwrap_or_default().to_owned()} onchange={published} />
            </p>
            <p class="editor-field">
                <label for="site-url">{ "报告正式发布的网址（以 / 结尾；不填则用相对地址）：" }</label>
                <input id="site-url" type="url" class="editor-input" placeholder="https://（网站域名）/reports/2024/"
                    value={site.public_url.as_deref().unwrap_or_default().to_owned()} onchange={url} />
            </p>
            <p class="editor-field">
                <label for="site-minutes">{ format!("演讲时长（分钟，1—{MOST_TALK_MINUTES}；不填则由演讲者现场设定）：") }</label>
                <input id="site-minutes" type="number" min="1" max={MOST_TALK_MINUTES.to_string()} class="editor-input editor-short"
                    value={site.talk_minutes.map(|m| m.to_string()).unwrap_or_default()} onchange={minutes} />
            </p>
            <p class="editor-field">
                <label for="site-embeds">{ "允许嵌入本报告的网站（如 https://www.example.gov.cn，多个用空格隔开；不填则任何网站都可嵌入）：" }</label>
                <input id="site-embeds" type="text" class="editor-input" value={joined} onchange={sites} />
            </p>
            if !problems.is_empty() {
                <ul class="editor-problems" role="alert">{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            }
        </section>
    }
}
