//! `./404.html`: the address matched nothing; say so plainly and lead back to the report.

use crate::components::{SiteFooter, SiteHeader};
use crate::data::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundPageProps {
    pub report: Rc<Report>,
    /// Where the report lives: the configured public URL, or `./`.
    #[prop_or(AttrValue::Static("./"))]
    pub home: AttrValue,
}

#[component]
pub fn NotFoundPage(props: &NotFoundPageProps) -> Html {
    let meta = &props.report.meta;
    html! {
        <>
            <SiteHeader banner={meta.banner.clone()} title={meta.title.clone()} />
            <main id="main" class="not-found">
                <h2 class="part-heading">{ "没有找到这个页面" }</h2>
                <p>{ "您访问的地址不存在，可能已更改或输入有误。" }</p>
                <p><a class="button button-primary" href={props.home.clone()}>{ "返回报告首页" }</a></p>
            </main>
            <SiteFooter sources={meta.sources.clone()} />
        </>
    }
}
