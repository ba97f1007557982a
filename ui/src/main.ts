// The page's entry. It sends the start's first requests (the session's
// status and the dashboard's first query, lib/early.ts) before it loads the
// app's code, so that the backend answers while WebKit parses and runs the
// screens instead of after.
import "./app.css";
import { sendFirstRequests } from "./lib/early";

performance.mark("script-start");
sendFirstRequests();
Promise.all([import("svelte"), import("./App.svelte")]).then(([{ mount }, { default: App }]) => {
  performance.mark("app-loaded");
  mount(App, { target: document.getElementById("app")! });
});
