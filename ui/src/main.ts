// The page's entry. It sends the start's first requests (the session's
// status and the dashboard's first query, lib/early.ts) before it loads the
// app's code, so that the backend answers while WebKit parses and runs the
// screens instead of after.
import "./app.css";
import { sendFirstRequests } from "./lib/early";

performance.mark("script-start");

let loading = false;
function loadApp() {
  if (loading) return;
  loading = true;
  Promise.all([import("svelte"), import("./App.svelte")]).then(([{ mount }, { default: App }]) => {
    performance.mark("app-loaded");
    mount(App, { target: document.getElementById("app")! });
  });
}

// Tauri's isolation frame (created once this script has run) holds the
// page's messages until it is ready to pass them on, and it shares the one
// thread with this page: parsing the app's code first delayed it, and with
// it the requests, by that parse. So the app's code is loaded once the
// frame has passed the first requests on (marked for the start-up
// benchmark), or after 300 ms should that never be said.
addEventListener("message", (e) => {
  if (e.data !== "__TAURI_ISOLATION_READY__") return;
  performance.mark("ipc-ready");
  loadApp();
});
setTimeout(loadApp, 300);
sendFirstRequests();
