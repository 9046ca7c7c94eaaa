//! `./404.html`: the address matched nothing; say so plainly and lead back to the report.

use crate::components::{site_header, SiteFooter, SiteHeaderProps};
use crate::model::Model;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundPageProps {
    pub model: Model,
}

#[component]
pub fn NotFoundPage(props: &NotFoundPageProps) -> Html {
    let meta = &props.model.report().meta;
    // The page is served at unknown depths: only the configured public URL leads home from
    // anywhere; `./` works where the host serves this file at the report's own level.
    let home = AttrValue::from(props.model.link(&View::Report));
    html! {
        <>
            { site_header(&SiteHeaderProps { banner: meta.banner.clone(), title: meta.title.clone(), issued: props.model.report().site.issued() }) }
            <main id="main" class="not-found">
                <h2 class="part-heading">{ "没有找到这个页面" }</h2>
                <p>{ "您访问的地址不存在，可能已更改或输入有误。" }</p>
                <p><a class="button button-primary" href={home}>{ "返回报告首页" }</a></p>
            </main>
            <SiteFooter model={props.model.clone()} />
        </>
    }
}
