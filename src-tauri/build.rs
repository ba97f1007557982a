//! Tauri's build step. The app's own commands are declared in its manifest so
//! that each one is callable only when the capability file grants its
//! `allow-<command>` permission: a command added in Rust but not granted is
//! refused at run time, not silently exposed.

const COMMANDS: &[&str] = include!("src/command_names.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/command_names.rs");
    // generate_context! embeds the built UI and the isolation hook, but
    // nothing tells cargo when they change; without these lines a rebuilt
    // UI would not reach the app until some Rust file changed too.
    println!("cargo:rerun-if-changed=../ui/dist");
    println!("cargo:rerun-if-changed=../ui/isolation");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step (configuration, capabilities, icons)");
}
