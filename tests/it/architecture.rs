//! No two files under `src/` import each other (issue 12).
//!
//! The test reads every `.rs` file under `src/`, finds the paths it names
//! that start with `crate::`, `super::` or `self::` (in `use` items,
//! including grouped and nested forms such as `use super::{a, b::{c, self}}`,
//! and in code such as `super::svg::text(…)` or `pub use`), resolves each to
//! the file of the module it names, and builds the file-level import graph:
//! an edge a.rs → b.rs when a.rs names something that lives in b.rs. It fails
//! naming the files of every cycle, direct (a ↔ b) or through a longer loop.
//!
//! Rules:
//!
//! - A path resolves to the deepest module file it names: in
//!   `crate::x::y::Item` that is `x/y.rs` when `y` is a module file, else the
//!   file of `x`. Comments are ignored; `pub(in crate::x)` is visibility, not
//!   an import.
//! - A path that ends at an item of a folder's `mod.rs` which the `mod.rs`
//!   only re-exports (`pub use child::Item`) is followed to the child that
//!   defines it.
//! - A `mod.rs` (or `lib.rs`, `main.rs`) naming its own submodules (its
//!   `mod` declarations, re-exports and calls) is not an edge: a folder's
//!   `mod.rs` is its front door and owns its children. A child naming an item
//!   defined in its parent `mod.rs` is an edge to that `mod.rs`.
//! - A file naming itself (`use super::*` in its test module) is not an edge.
//! - `src/main.rs` and `src/cli/` are the binary crate: their `crate::` is
//!   `src/main.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

/// Marks a `use` path that names a submodule without `self::`.
const CHILD: &str = "<child>";

/// Which crate a file belongs to and its module path in it.
type Key = (&'static str, ModPath);

struct SourceFile {
    rel: String,
    key: Key,
    /// Comments removed.
    text: String,
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
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
fn strip(src: &str) -> String {
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

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tokens: identifiers, `::`, and single punctuation characters.
fn tokens(text: &str) -> Vec<(usize, String)> {
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
fn inline_modules(toks: &[(usize, String)]) -> Vec<ModPath> {
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
fn use_tree(
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
fn paths(text: &str) -> Vec<(ModPath, ModPath, bool)> {
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
fn absolute(here: &[String], p: &[String]) -> Option<ModPath> {
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

struct Crates {
    files: Vec<SourceFile>,
    by_key: BTreeMap<Key, usize>,
    /// Per file, the items it re-exports: name → absolute path.
    reexports: Vec<BTreeMap<String, ModPath>>,
}

impl Crates {
    fn load(src: &Path) -> Crates {
        let mut list = Vec::new();
        rs_files(src, &mut list);
        let mut files = Vec::new();
        let mut texts = BTreeMap::new();
        for p in &list {
            let rel = p
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            texts.insert(rel, std::fs::read_to_string(p).unwrap());
        }
        // Files placed by `#[path = "…"] mod name;`.
        let mut placed: BTreeMap<String, (String, String)> = BTreeMap::new();
        for (rel, text) in &texts {
            let t = strip_keep_strings(text);
            let mut rest = t.as_str();
            while let Some(at) = rest.find("#[path = \"") {
                let after = &rest[at + 10..];
                let file = &after[..after.find('"').unwrap()];
                let after = &after[file.len()..];
                let m = after.find("mod ").unwrap();
                let name: String = after[m + 4..]
                    .chars()
                    .take_while(|c| is_ident(*c))
                    .collect();
                let dir = rel
                    .rsplit_once('/')
                    .map(|(d, _)| format!("{d}/"))
                    .unwrap_or_default();
                placed.insert(format!("{dir}{file}"), (rel.clone(), name));
                rest = &after[m..];
            }
        }
        let key_of = |rel: &str| -> Key {
            let krate = if rel == "main.rs" || rel.starts_with("cli/") {
                "bin"
            } else {
                "lib"
            };
            let stem = rel.trim_end_matches(".rs");
            let mut parts: ModPath = stem.split('/').map(String::from).collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            (krate, parts)
        };
        for (rel, text) in &texts {
            let key = match placed.get(rel) {
                Some((parent, name)) => {
                    let (k, mut m) = key_of(parent);
                    m.push(name.clone());
                    (k, m)
                }
                None => key_of(rel),
            };
            files.push(SourceFile {
                rel: rel.clone(),
                key,
                text: strip(text),
            });
        }
        let by_key = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.key.clone(), i))
            .collect();
        let mut c = Crates {
            files,
            by_key,
            reexports: Vec::new(),
        };
        c.reexports = (0..c.files.len())
            .map(|i| {
                let mut m = BTreeMap::new();
                for (inl, p, is_pub) in paths(&c.files[i].text) {
                    if !is_pub || !inl.is_empty() {
                        continue;
                    }
                    let here = &c.files[i].key.1;
                    if let Some(abs) = absolute(here, &p) {
                        if let Some(last) = abs.last() {
                            m.insert(last.clone(), abs);
                        }
                    }
                }
                m
            })
            .collect();
        c
    }

    /// The file the absolute path `abs` of crate `krate` names.
    fn resolve(&self, krate: &'static str, abs: &[String], hops: usize) -> Option<usize> {
        if let Some(at) = abs.iter().position(|s| s == CHILD) {
            let mut real = abs.to_vec();
            real.remove(at);
            if real.len() <= at || !self.by_key.contains_key(&(krate, real[..=at].to_vec())) {
                return None;
            }
            return self.resolve(krate, &real, hops);
        }
        let k = (0..=abs.len())
            .rev()
            .find(|k| self.by_key.contains_key(&(krate, abs[..*k].to_vec())))?;
        let file = self.by_key[&(krate, abs[..k].to_vec())];
        if k < abs.len() && hops < 8 {
            // An item of this file: follow it when the file only re-exports it.
            if let Some(target) = self.reexports[file].get(&abs[k]) {
                let mut next = target.clone();
                next.extend(abs[k + 1..].iter().cloned());
                if next != abs {
                    return self.resolve(krate, &next, hops + 1).or(Some(file));
                }
            }
        }
        Some(file)
    }

    fn edges(&self) -> BTreeMap<usize, BTreeSet<usize>> {
        let mut g: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            let (krate, here) = &f.key;
            for (inl, p, _) in paths(&f.text) {
                let mut at = here.clone();
                at.extend(inl);
                let Some(abs) = absolute(&at, &p) else {
                    continue;
                };
                let Some(j) = self.resolve(krate, &abs, 0) else {
                    continue;
                };
                let target = &self.files[j].key.1;
                // A file naming its own submodules is not an edge.
                if j == i || (target.len() > here.len() && target.starts_with(here)) {
                    continue;
                }
                g.entry(i).or_default().insert(j);
            }
        }
        g
    }
}

/// Like `strip`, but the string literals keep their text (for `#[path]`).
fn strip_keep_strings(src: &str) -> String {
    src.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The strongly connected components with more than one file (Tarjan).
fn cycles(n: usize, g: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct T<'a> {
        g: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        let succ: Vec<usize> =
            t.g.get(&v)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default();
        for w in succ {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                _ => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

/// One loop through the files of a component, as `a.rs → b.rs → a.rs`.
fn a_loop(c: &Crates, g: &BTreeMap<usize, BTreeSet<usize>>, comp: &[usize]) -> String {
    let start = comp[0];
    let inside: BTreeSet<usize> = comp.iter().copied().collect();
    // Breadth-first from start back to start, within the component.
    let mut prev: BTreeMap<usize, usize> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    let mut seen = BTreeSet::from([start]);
    let mut last = start;
    'bfs: while let Some(v) = queue.pop_front() {
        for &w in g.get(&v).into_iter().flatten() {
            if w == start {
                last = v;
                break 'bfs;
            }
            if inside.contains(&w) && seen.insert(w) {
                prev.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    let mut path = vec![start];
    let mut v = last;
    while v != start {
        path.push(v);
        v = prev[&v];
    }
    path[1..].reverse();
    path.push(start);
    path.iter()
        .map(|&i| format!("src/{}", c.files[i].rel))
        .collect::<Vec<_>>()
        .join(" → ")
}

fn found_cycles(src: &Path) -> Vec<String> {
    let c = Crates::load(src);
    let g = c.edges();
    cycles(c.files.len(), &g)
        .iter()
        .map(|comp| {
            let names: Vec<String> = comp
                .iter()
                .map(|&i| format!("src/{}", c.files[i].rel))
                .collect();
            format!(
                "{} (for example {})",
                names.join(", "),
                a_loop(&c, &g, comp)
            )
        })
        .collect()
}

/// Cycles known and not yet broken, each as the files of the cycle in the
/// order the test names them. An entry that is no longer a cycle fails the
/// test too, so the list only shrinks. It is empty: the last one,
/// `api/insight.rs` ↔ `api/warnings.rs`, went when `exact` moved to
/// `api/dto.rs`, beside the types whose figures it writes.
const KNOWN: &[&str] = &[];

#[test]
fn no_two_files_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = found_cycles(&src);
    let files = |c: &String| c.split(" (").next().unwrap_or_default().to_string();
    let new: Vec<&String> = found
        .iter()
        .filter(|c| !KNOWN.contains(&files(c).as_str()))
        .collect();
    assert!(
        new.is_empty(),
        "files under src/ that import each other:\n  {}",
        new.iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
    for known in KNOWN {
        assert!(
            found.iter().any(|c| files(c) == *known),
            "{known} no longer import each other: take them off KNOWN"
        );
    }
}

#[test]
fn the_rule_sees_grouped_inline_and_reexported_paths() {
    let dir = std::env::temp_dir().join(format!("leadledger-arch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("m")).unwrap();
    let w = |p: &str, s: &str| std::fs::write(dir.join(p), s).unwrap();
    w("lib.rs", "pub mod m;\n");
    w(
        "m/mod.rs",
        "mod a;\nmod b;\nmod c;\npub use c::Thing;\npub fn f() { a::g(); }\n",
    );
    // a → b and a → c by a grouped use, b → c by an inline path; no loop
    // (a path in a comment or a string is not an import).
    w(
        "m/a.rs",
        "use super::{b::{self, X}, c};\n// use super::c; (a comment)\npub fn g() {}\n",
    );
    w("m/b.rs", "pub struct X;\nfn h() { super::c::y(); }\n");
    w(
        "m/c.rs",
        "pub struct Thing;\npub fn y() { let _ = \"crate::m::a\"; }\n",
    );
    assert_eq!(found_cycles(&dir), Vec::<String>::new());
    // Now c names a's item through the crate root: a → b → c → a.
    w(
        "m/c.rs",
        "pub struct Thing;\npub fn y() { crate::m::a::g(); }\n",
    );
    let found = found_cycles(&dir);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("src/m/a.rs, src/m/b.rs, src/m/c.rs"),
        "{found:?}"
    );
    // And a re-exported item leads to the child that defines it.
    w("m/c.rs", "pub struct Thing;\npub fn y() {}\n");
    w("m/b.rs", "pub struct X;\nuse super::Thing;\n");
    w("m/c.rs", "use super::b::X;\npub struct Thing;\n");
    let found = found_cycles(&dir);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("src/m/b.rs, src/m/c.rs"), "{found:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
