//! `cargo xtask import SOURCE.txt --out FILE.toml [--force]`: the library's importer
//! (`yitu::import`, the same code the office's editor runs in the browser) on a file, read in
//! whatever encoding Chinese Windows and Word save (`yitu::draft::source_text`, GB18030 decoded
//! here by `encoding_rs` as the browser's `TextDecoder` does there).

use yitu::import::{import, to_toml};

/// `bytes` as GB18030 text (GBK and GB2312 are subsets), if they are that.
fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(String::from)
}

/// `cargo xtask import SOURCE --out FILE [--force]`.
pub fn run(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "用法：cargo xtask import 报告.txt --out report.toml [--force]";
    let (source, out, force) = match args {
        [source, flag, out] if flag == "--out" => (source, out, false),
        [source, flag, out, force] if flag == "--out" && force == "--force" => (source, out, true),
        _ => return Err(USAGE.to_owned()),
    };
    let bytes = std::fs::read(source).map_err(|e| format!("{source}：无法读取（{e}）"))?;
    let text = yitu::draft::source_text(&bytes, gb18030).map_err(|why| format!("{source}：{why}"))?;
    let imported = import(&text).map_err(|e| format!("{source}：{e}"))?;
    if !force && std::path::Path::new(out).exists() {
        return Err(format!(
            "{out} 已存在，没有覆盖（它可能有手工改过的内容）。请换一个文件名，或确认要覆盖时加上 --force"
        ));
    }
    let toml = to_toml(&imported, source);
    std::fs::write(out, &toml).map_err(|e| format!("{out}：无法写入（{e}）"))?;
    let to_check = imported.marks.len();
    println!("{out}：已导入，{to_check} 处“待核对”。下一步：cargo xtask check-data {out}");
    Ok(())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod word_text;
