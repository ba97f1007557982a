//! Least privilege, read off the configuration the app is built with: one
//! capability file granting exactly the app's own commands and no plugin,
//! file-system or shell permission; a strict content security policy; Tauri's
//! isolation pattern; nothing loaded from the network. A change that widens
//! any of these fails here, before it ships.

use leadledger_app::COMMANDS;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn config() -> Value {
    json(&here().join("tauri.conf.json"))
}

/// Every string anywhere in a JSON value, for the no-remote-URL check.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn one_capability_grants_only_our_commands() {
    let dir = here().join("capabilities");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, ["default.json"], "exactly one capability file");
    let cap = json(&dir.join("default.json"));
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote origin may use the IPC"
    );
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .map(|p| p.as_str().expect("plain permission names").to_string())
        .collect();
    let wanted: BTreeSet<String> = COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(
        granted, wanted,
        "the capability names each command once, nothing else"
    );
    for p in &granted {
        assert!(
            !p.contains(':'),
            "{p}: no plugin or core permission is granted"
        );
    }
    // The capability is also declared in the configuration? Then it must be
    // this one, not a second, wider set.
    let inline = &config()["app"]["security"]["capabilities"];
    assert!(inline.is_null() || inline == &serde_json::json!(["default"]));
}

#[test]
fn the_build_resolved_the_same_capability() {
    // tauri-build writes what it resolved into gen/schemas; that is what the
    // binary embeds, so it is checked as well as the source file.
    let built = json(&here().join("gen/schemas/capabilities.json"));
    let source = json(&here().join("capabilities/default.json"));
    let default = &built["default"];
    assert_eq!(default["permissions"], source["permissions"]);
    assert_eq!(built.as_object().unwrap().len(), 1, "one capability built");
}

#[test]
fn csp_is_strict() {
    let conf = config();
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP string");
    let directives: Vec<(&str, Vec<&str>)> = csp
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace();
            (parts.next().unwrap(), parts.collect())
        })
        .collect();
    let get = |name: &str| {
        directives
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("CSP lacks {name}"))
    };
    assert_eq!(get("default-src"), ["'self'"]);
    assert_eq!(get("script-src"), ["'self'"], "no inline or eval scripts");
    assert_eq!(get("object-src"), ["'none'"]);
    assert_eq!(get("base-uri"), ["'none'"]);
    assert_eq!(get("frame-ancestors"), ["'none'"]);
    for (name, sources) in &directives {
        for s in sources {
            assert!(
                !s.contains("unsafe-eval") && *s != "*" && *s != "http:" && *s != "https:",
                "{name} allows {s}"
            );
            if s.starts_with("http") {
                assert_eq!(
                    *s, "http://ipc.localhost",
                    "{name}: only Tauri's IPC origin"
                );
            }
        }
    }
    assert_eq!(
        conf["app"]["security"]["dangerousDisableAssetCspModification"],
        Value::Null
    );
}

#[test]
fn isolation_pattern_is_on() {
    let conf = config();
    let pattern = &conf["app"]["security"]["pattern"];
    assert_eq!(pattern["use"], "isolation");
    let dir = here().join(
        pattern["options"]["dir"]
            .as_str()
            .expect("an isolation dir"),
    );
    let hook = std::fs::read_to_string(dir.join("index.js")).expect("the isolation hook");
    assert!(hook.contains("__TAURI_ISOLATION_HOOK__"));
    assert!(dir.join("index.html").is_file());
}

#[test]
fn no_remote_content_and_no_global_tauri() {
    let conf = config();
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    assert!(conf["plugins"].is_null() || conf["plugins"] == serde_json::json!({}));
    let dist = conf["build"]["frontendDist"]
        .as_str()
        .expect("a local frontend");
    assert!(!dist.contains("://"), "the UI ships inside the app: {dist}");
    // The CSP names Tauri's IPC origin and is checked on its own above.
    let mut rest = conf.clone();
    rest["app"]["security"]["csp"] = Value::Null;
    let mut all = Vec::new();
    strings(&rest, &mut all);
    for s in all {
        if s.contains("://") {
            // The Vite dev server is used by `tauri dev` only; the shipped
            // build (feature custom-protocol) serves the embedded files.
            let dev = s == conf["build"]["devUrl"] && s.starts_with("http://localhost:");
            assert!(dev, "remote URL {s}");
        }
    }
    for w in conf["app"]["windows"].as_array().unwrap() {
        assert!(w
            .get("url")
            .is_none_or(|u| !u.as_str().unwrap_or("").contains("://")));
    }
}
