//! The Leadledger desktop app. No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    leadledger_app::run_app()
}
