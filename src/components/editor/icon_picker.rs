//! 编辑台's icon picker: the Tabler icons the site carries, shown as themselves, found by a
//! Chinese word or the icon's name, the current one marked; choosing one is a decision.

use crate::components::raw_markup;
use crate::data::icons::NAMES;
use crate::model::icon_markup;
use crate::platform;
use yew::prelude::*;

/// Chinese words to find each icon by (UI labels of ours; the icons' own names are English).
const WORDS: &[(&str, &str)] = &[
    ("award", "奖 荣誉 奖章"),
    ("book", "书 学习 读书"),
    ("books", "书籍 读书 文史"),
    ("building-bank", "机关 银行 政府 建筑"),
    ("building-community", "社区 城市 建设"),
    ("bulb", "灯泡 创新 建议 思路"),
    ("calendar-event", "日历 年度 任务 计划"),
    ("certificate", "证书 制度 建设 考核"),
    ("chart-bar", "图表 柱状图 数据 经济"),
    ("checklist", "清单 任务 落实"),
    ("clipboard-text", "文件 记录 材料"),
    ("compass", "指南针 方向 战略"),
    ("file-description", "文件 报告 说明"),
    ("file-text", "文件 报告 提案"),
    ("flag", "旗帜 党建 领导"),
    ("gavel", "法院 法治 调解"),
    ("heart-handshake", "握手 民生 为民 团结"),
    ("heart", "爱心 民生 关怀"),
    ("home", "家 家园 住房"),
    ("leaf", "生态 绿色 环保"),
    ("list-check", "清单 任务 要求"),
    ("map-pin", "地点 区域 乡村"),
    ("messages", "对话 协商 议政 提案"),
    ("microphone", "发言 宣讲 宣传"),
    ("news", "新闻 宣传 报道"),
    ("notebook", "笔记 学习 调研"),
    ("presentation", "演示 培训 报告会"),
    ("rocket", "发展 科技 创新"),
    ("route", "路线 交通 通道"),
    ("scale", "天平 公平 监督"),
    ("school", "学校 教育"),
    ("shield-check", "盾牌 安全 监督 纪检"),
    ("speakerphone", "喇叭 宣传 发布"),
    ("star", "星 荣誉 重点"),
    ("target-arrow", "目标 中心 大局"),
    ("tools", "工具 服务 建设"),
    ("users-group", "群众 界别 团结 共识"),
    ("users", "委员 人员 群众"),
    ("world", "世界 交流 联谊 开放"),
];

fn words_of(name: &str) -> &'static str {
    WORDS.iter().find(|(n, _)| *n == name).map_or("", |(_, w)| w)
}

#[derive(Properties, PartialEq)]
pub struct IconPickerProps {
    /// The picker's id (its search field is `<id>-search`).
    pub id: AttrValue,
    pub current: AttrValue,
    pub onpick: Callback<AttrValue>,
}

#[component]
pub fn IconPicker(props: &IconPickerProps) -> Html {
    let query = use_state_eq(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(text) = platform::input_value(&event) {
                query.set(text.trim().to_owned());
            }
        })
    };
    let shown = NAMES
        .iter()
        .filter(|name| query.is_empty() || name.contains(query.as_str()) || words_of(name).contains(query.as_str()));
    let buttons = shown.map(|name| {
        let onclick = props.onpick.reform(move |_: MouseEvent| AttrValue::from(*name));
        let current = props.current == *name;
        let words = words_of(name);
        html! {
            <li>
                <button type="button" class="editor-icon" aria-pressed={current.to_string()} {onclick}
                    aria-label={format!("{}（{name}）", words.split(' ').next().unwrap_or(name))} title={words}>
                    { raw_markup(icon_markup(name)) }
                </button>
            </li>
        }
    });
    let search_id = format!("{}-search", props.id);
    html! {
        <div class="editor-icon-picker" id={props.id.clone()}>
            <label for={search_id.clone()}>{ "找图标（如“协商”“生态”）：" }</label>
            <input id={search_id} type="search" class="editor-input" {oninput} value={(*query).clone()} />
            <ul class="editor-icons">{ for buttons }</ul>
        </div>
    }
}
