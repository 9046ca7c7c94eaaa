//! The stylesheets as shipped: Trunk copies them as written (its own minification would also
//! rewrite the HTML template and fails on the JS glue), so `dist` takes out comments and spare
//! whitespace itself and writes the new Subresource Integrity hash into the page template. About
//! 2 KiB less brotli on the report's first visit; the source files keep their comments.

use std::path::Path;
use yitu::data::loader::integrity;

/// `css` without comments and spare whitespace: a comment goes without a trace (`.a/**/.b` stays
/// one compound selector), runs of whitespace become one space, none is kept beside an unescaped
/// `{`, `}`, `;` or `,`, and quoted strings are copied as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '"' | '\'' => {
                push_space(&mut out, &mut space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if !escaped && s == c {
                        break;
                    }
                    escaped = !escaped && s == '\\';
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                push_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space before `next`, unless either side is punctuation that needs none.
fn push_space(out: &mut String, space: &mut bool, next: char) {
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let escaped = out.chars().rev().nth(1) == Some('\\');
    let after_tight = out.ends_with(tight) && !escaped;
    if std::mem::take(space) && !out.is_empty() && !tight(next) && !after_tight {
        out.push(' ');
    }
}

/// Minifies every stylesheet Trunk wrote into `dir` and returns `html` (its page template) with
/// each one's `integrity` updated.
pub fn minify_bundle(dir: &Path, html: &str) -> Result<String, String> {
    let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let mut hashes = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| fail(dir, e))?.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".css") {
            continue;
        }
        let css = std::fs::read_to_string(&path).map_err(|e| fail(&path, e))?;
        let minified = minify(&css);
        std::fs::write(&path, &minified).map_err(|e| fail(&path, e))?;
        let before = integrity(css.as_bytes());
        if !html.contains(&before) {
            return Err(format!("{name}: its integrity {before} is not in the page template"));
        }
        hashes.push((before, integrity(minified.as_bytes())));
    }
    // Replaced once every file is read: two identical stylesheets share one hash.
    Ok(hashes
        .iter()
        .fold(html.to_owned(), |html, (before, after)| html.replace(before, after)))
}

#[cfg(test)]
mod tests {
    use super::{integrity, minify};

    #[test]
    fn comments_and_spare_whitespace_go_strings_stay() {
        let css = "/* tokens */\n:root {\n  --font: -apple-system, \"PingFang SC\",  sans-serif;\n}\n\
                   .a > .b:hover ,  .c { content: \"  ；/* not a comment */ \" ; }\n\
                   @media (min-width: 48rem) {\n  html { font-size: 118.75%; } /* 19 px */\n}\n\
                   .d { cursor: url(\"data:image/svg+xml,%3Csvg xmlns='x' width='48'%3E\") 4 2, auto; }";
        assert_eq!(
            minify(css),
            ":root{--font: -apple-system,\"PingFang SC\",sans-serif;}\
             .a > .b:hover,.c{content: \"  ；/* not a comment */ \";}\
             @media (min-width: 48rem){html{font-size: 118.75%;}}\
             .d{cursor: url(\"data:image/svg+xml,%3Csvg xmlns='x' width='48'%3E\") 4 2,auto;}"
        );
    }

    #[test]
    fn a_comment_between_two_selectors_joins_them_and_escaped_punctuation_keeps_its_space() {
        assert_eq!(minify(".a/**/.b { x: 1 }"), ".a.b{x: 1}");
        assert_eq!(minify(".a /* x */ .b { x: 1 }"), ".a .b{x: 1}");
        assert_eq!(minify(".a\\, .b{}"), ".a\\, .b{}");
    }

    #[test]
    fn every_stylesheet_in_a_bundle_is_minified_and_its_integrity_follows() {
        let dir = std::env::temp_dir().join(format!("yitu-stylesheets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let css = "/* note */\n.a {\n  color: red;\n}\n";
        for name in ["one.css", "two.css"] {
            std::fs::write(dir.join(name), css).unwrap_or_default();
        }
        let before = integrity(css.as_bytes());
        let html =
            format!("<link href=\"one.css\" integrity=\"{before}\"/><link href=\"two.css\" integrity=\"{before}\"/>");
        let rewritten = super::minify_bundle(&dir, &html);
        let after = integrity(b".a{color: red;}");
        assert_eq!(rewritten, Ok(html.replace(&before, &after)));
        assert_eq!(
            std::fs::read_to_string(dir.join("two.css")).unwrap_or_default(),
            ".a{color: red;}"
        );
        assert!(super::minify_bundle(&dir, "<link href=\"one.css\" integrity=\"sha384-other\"/>").is_err());
        std::fs::remove_dir_all(&dir).unwrap_or_default();
    }

    /// Every stylesheet's braces pair up outside strings and comments: a stray `}` makes the
    /// browser drop the rule after it without a word (it once took 大光标's with it).
    #[test]
    fn every_stylesheets_braces_pair_up() -> Result<(), std::io::Error> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/styles");
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir)?.flatten() {
            let css = std::fs::read_to_string(entry.path())?;
            let mut depth = 0i32;
            for c in minify(&css).chars().filter(|c| matches!(c, '{' | '}')) {
                depth += if c == '{' { 1 } else { -1 };
                assert!(depth >= 0, "{}: a `}}` closes nothing", entry.path().display());
            }
            assert_eq!(depth, 0, "{}: a `{{` is never closed", entry.path().display());
            checked += 1;
        }
        assert!(checked >= 5, "{checked} stylesheets");
        Ok(())
    }

    #[test]
    fn an_escaped_quote_does_not_end_a_string() {
        assert_eq!(minify(".a { content: \"a\\\"  b\" }"), ".a{content: \"a\\\"  b\"}");
    }
}
