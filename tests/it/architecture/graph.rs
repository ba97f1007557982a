//! The file-level import graph of one source tree and its cycles: which
//! file names something that lives in which other file, and the strongly
//! connected components of that graph (Tarjan), each described by one loop.

use super::parse::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub(super) struct Crates {
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
pub(super) fn strip_keep_strings(src: &str) -> String {
    src.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The strongly connected components with more than one file (Tarjan).
pub(super) fn cycles(n: usize, g: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
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
pub(super) fn a_loop(
    c: &Crates,
    g: &BTreeMap<usize, BTreeSet<usize>>,
    comp: &[usize],
    dir: &str,
) -> String {
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
        .map(|&i| format!("{dir}/{}", c.files[i].rel))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The cycles of the tree at `root/dir`, each naming its files as `dir/…`.
pub(super) fn found_cycles(root: &Path, dir: &str) -> Vec<String> {
    let src = root.join(dir);
    let src = src.as_path();
    let c = Crates::load(src);
    let g = c.edges();
    cycles(c.files.len(), &g)
        .iter()
        .map(|comp| {
            let names: Vec<String> = comp
                .iter()
                .map(|&i| format!("{dir}/{}", c.files[i].rel))
                .collect();
            format!(
                "{} (for example {})",
                names.join(", "),
                a_loop(&c, &g, comp, dir)
            )
        })
        .collect()
}
