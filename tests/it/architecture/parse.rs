//! Reading Rust source as text for the import-graph test: comments and
//! string literals out, tokens, `use` trees and inline paths resolved to the
//! module paths they name. No parser crate: the rules the test states are
//! simple enough to hold in a few functions, and a dependency would be a
//! second thing to keep in step with the language.

use std::path::{Path, PathBuf};

pub(super) type ModPath = Vec<String>;

/// Marks a `use` path that names a submodule without `self::`.
pub(super) const CHILD: &str = "<child>";

/// Which crate a file belongs to and its module path in it.
pub(super) type Key = (&'static str, ModPath);

pub(super) struct SourceFile {
    pub(super) rel: String,
    pub(super) key: Key,
    /// Comments removed.
    pub(super) text: String,
}

pub(super) fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The text without `//` and `/* */` comments; string literals kept but
/// emptied, so nothing inside them looks like a path.
pub(super) fn strip(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c == 'r' && (b.get(i + 1) == Some(&'#') || b.get(i + 1) == Some(&'"')) && {
            let prev = if i > 0 { b[i - 1] } else { ' ' };
            !(prev.is_alphanumeric() || prev == '_')
        } {
            // Raw string r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|h| b.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a).
            if b.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < b.len() && b[j] != '\'' {
                    j += 1;
                }
                out.push_str("' '");
                i = j + 1;
            } else if b.get(i + 2) == Some(&'\'') {
                out.push_str("' '");
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

pub(super) fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tokens: identifiers, `::`, and single punctuation characters.
pub(super) fn tokens(text: &str) -> Vec<(usize, String)> {
    let b: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        if c.is_whitespace() {
            i += 1;
        } else if is_ident(c) {
            let mut s = String::new();
            while i < b.len() && is_ident(b[i].1) {
                s.push(b[i].1);
                i += 1;
            }
            out.push((pos, s));
        } else if c == ':' && b.get(i + 1).map(|x| x.1) == Some(':') {
            out.push((pos, "::".to_string()));
            i += 2;
        } else {
            out.push((pos, c.to_string()));
            i += 1;
        }
    }
    out
}

/// The module path in force at each token: the file's module plus the
/// inline `mod name { … }` blocks around it.
pub(super) fn inline_modules(toks: &[(usize, String)]) -> Vec<ModPath> {
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut pending: Option<String> = None;
    let mut out = Vec::with_capacity(toks.len());
    for (i, (_, t)) in toks.iter().enumerate() {
        out.push(stack.iter().map(|(n, _)| n.clone()).collect());
        match t.as_str() {
            "{" => {
                depth += 1;
                if let Some(name) = pending.take() {
                    stack.push((name, depth));
                }
            }
            "}" => {
                if stack.last().is_some_and(|(_, d)| *d == depth) {
                    stack.pop();
                }
                depth = depth.saturating_sub(1);
            }
            "mod" => {
                if let Some((_, name)) = toks.get(i + 1) {
                    if toks.get(i + 2).is_some_and(|(_, t)| t == "{") {
                        pending = Some(name.clone());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Expands a use tree starting at `toks[i]` into full paths (relative, as
/// written); returns the index after the tree.
pub(super) fn use_tree(
    toks: &[(usize, String)],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<ModPath>,
) -> usize {
    let mut path = prefix.to_vec();
    loop {
        match toks.get(i).map(|t| t.1.as_str()) {
            Some("{") => {
                i += 1;
                loop {
                    match toks.get(i).map(|t| t.1.as_str()) {
                        Some("}") => return i + 1,
                        Some(",") => i += 1,
                        None => return i,
                        _ => i = use_tree(toks, i, &path, out),
                    }
                }
            }
            Some("::") => i += 1,
            Some("*") => {
                out.push(path);
                return i + 1;
            }
            Some("self") if !path.is_empty() => {
                out.push(path);
                return i + 1;
            }
            Some("as") => {
                out.push(path);
                return i + 2;
            }
            Some(t) if t.chars().all(is_ident) => {
                path.push(t.to_string());
                i += 1;
            }
            _ => {
                out.push(path);
                return i;
            }
        }
    }
}

/// Every path the text names, each with the module path it is written in
/// (relative to the file's module) and whether it is a `pub use`.
pub(super) fn paths(text: &str) -> Vec<(ModPath, ModPath, bool)> {
    let toks = tokens(text);
    let inline = inline_modules(&toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i].1.as_str();
        let prev = if i > 0 { toks[i - 1].1.as_str() } else { "" };
        if t == "use" {
            let is_pub = prev == "pub" || prev == ")";
            let mut found = Vec::new();
            let end = use_tree(&toks, i + 1, &[], &mut found);
            for p in found {
                match p.first().map(String::as_str) {
                    Some("crate" | "super" | "self") => out.push((inline[i].clone(), p, is_pub)),
                    // `use child::Item` names a submodule of this module
                    // (checked when resolving), else an external crate.
                    Some(_) => {
                        let mut q = vec!["self".to_string(), CHILD.to_string()];
                        q.extend(p);
                        out.push((inline[i].clone(), q, is_pub));
                    }
                    None => {}
                }
            }
            i = end.max(i + 1);
        } else if matches!(t, "crate" | "super" | "self")
            && prev != "::"
            && prev != "in"
            && toks.get(i + 1).is_some_and(|n| n.1 == "::")
        {
            let mut p = vec![t.to_string()];
            let mut j = i + 1;
            while toks.get(j).is_some_and(|n| n.1 == "::")
                && toks.get(j + 1).is_some_and(|n| n.1.chars().all(is_ident))
            {
                p.push(toks[j + 1].1.clone());
                j += 2;
            }
            out.push((inline[i].clone(), p, false));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The absolute module path of `p`, written in module `here`.
pub(super) fn absolute(here: &[String], p: &[String]) -> Option<ModPath> {
    let mut base: ModPath = here.to_vec();
    let mut rest = p;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        _ => {}
    }
    if rest.first().map(String::as_str) == Some(CHILD) {
        // Only a path to a submodule that exists counts.
        base.push(CHILD.to_string());
        rest = &rest[1..];
    }
    while rest.first().map(String::as_str) == Some("super") {
        base.pop()?;
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    Some(base)
}
