//! Tauri's build step. The app's own commands, read off the one command
//! table (`src/api/commands.rs`, included below), are declared in its
//! manifest, so each one is callable only when a capability grants its
//! `allow-<command>` permission. The one capability is generated here from
//! the same table: the main window may call every command of the app and
//! nothing else (no plugin, file-system or shell permission); dialogs,
//! window state and logging run in Rust. A command is thus added in one
//! place, and nothing outside the table is ever granted.

include!("../src/api/commands.rs");

const COMMANDS: &[&str] = command_table!(command_names);

/// The capability as tauri-build reads it from a file.
fn capability() -> String {
    let permissions: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("    \"allow-{}\"", c.replace('_', "-")))
        .collect();
    format!(
        "{{\n  \"identifier\": \"default\",\n  \"description\": \"The main window may call \
         Leadledger's own commands and nothing else: no plugin, file-system or shell permission. \
         Dialogs, window state and logging run in Rust.\",\n  \"windows\": [\"main\"],\n  \
         \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    )
}

fn main() {
    println!("cargo:rerun-if-changed=../src/api/commands.rs");
    // generate_context! embeds the built UI and the isolation hook, but
    // nothing tells cargo when they change; without these lines a rebuilt
    // UI would not reach the app until some Rust file changed too.
    println!("cargo:rerun-if-changed=../ui/dist");
    println!("cargo:rerun-if-changed=../ui/isolation");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = out.join("capabilities");
    std::fs::create_dir_all(&dir).expect("the capability's directory");
    std::fs::write(dir.join("default.json"), capability()).expect("the capability");
    // tauri-build takes the pattern for the life of the build script.
    let pattern: &'static str = Box::leak(format!("{}/*.json", dir.display()).into_boxed_str());
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    let attributes = tauri_build::Attributes::new()
        .app_manifest(manifest)
        .capabilities_path_pattern(pattern);
    tauri_build::try_build(attributes)
        .expect("the Tauri build step (configuration, capabilities, icons)");
}
