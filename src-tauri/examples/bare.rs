//! A bare Tauri window showing one static page, with nothing of Leadledger in
//! it: the floor that this machine, WebKitGTK and Tauri set. The start-up and
//! memory measurement in tests/e2e runs it beside the app, under the same
//! harness, so the app's figures are read against it rather than guessed.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!("examples/bare/tauri.conf.json"))
        .expect("the bare window");
}
