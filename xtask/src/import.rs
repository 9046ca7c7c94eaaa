//! `cargo xtask import SOURCE.txt --out FILE.toml`: the library's importer (`yitu::import`, the
//! same code the office's editor runs in the browser) on a file.

use yitu::import::{import, to_toml};

/// `cargo xtask import SOURCE --out FILE`.
pub fn run(args: &[String]) -> Result<(), String> {
    let (source, out) = match args {
        [source, flag, out] if flag == "--out" => (source, out),
        _ => return Err("usage: cargo xtask import SOURCE.txt --out FILE.toml".to_owned()),
    };
    let text = std::fs::read_to_string(source).map_err(|e| format!("{source}: {e}"))?;
    let imported = import(&text).map_err(|e| format!("{source}: {e}"))?;
    let toml = to_toml(&imported, source);
    std::fs::write(out, &toml).map_err(|e| format!("{out}: {e}"))?;
    let to_check = imported.marks.len();
    println!("{out}：已导入，{to_check} 处“待核对”。下一步：cargo xtask check-data {out}");
    Ok(())
}

#[cfg(test)]
mod tests;
