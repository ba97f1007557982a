// The first run in the whole app (issue 11): the welcome screen starts in the
// language the backend reports (the system's before any company exists),
// keeps what was typed and the focus when its language changes, sits in a
// <main> landmark, and the demo has a way out to "Start my company".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { dashboard, status } from "../test/fixtures";
import { ipc, type Calls } from "../test/ipc";
import type { SessionStatus } from "../bindings";
import App from "../App.svelte";

const firstRun: SessionStatus = { ...status, needs_setup: true, demo: false, company: "", language: "en" };
let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("Welcome", () => {
  it("keeps the company name and the focus when the language changes", async () => {
    calls = ipc({ session_status: () => firstRun });
    render(App);
    const name = await screen.findByLabelText("Company name");
    await fireEvent.input(name, { target: { value: "Muster GmbH" } });
    const language = screen.getByLabelText("Language") as HTMLSelectElement;
    language.focus();
    await fireEvent.change(language, { target: { value: "de" } });
    await screen.findByText("Willkommen bei Leadledger");
    expect((screen.getByLabelText("Firmenname") as HTMLInputElement).value).toBe("Muster GmbH");
    expect(screen.getByLabelText("Firmenname")).toBe(name);
    expect(document.activeElement).toBe(language);
    expect(language.value).toBe("de");
    expect(document.documentElement.lang).toBe("de");
  });

  it("starts in the language the backend reports before any company exists", async () => {
    calls = ipc({ session_status: () => ({ ...firstRun, language: "ru" }) });
    render(App);
    await screen.findByText("Добро пожаловать в Leadledger");
    expect((screen.getByLabelText("Язык") as HTMLSelectElement).value).toBe("ru");
    expect(document.documentElement.lang).toBe("ru");
  });

  it("puts its content in one main landmark with headings", async () => {
    calls = ipc({ session_status: () => firstRun });
    render(App);
    await screen.findByLabelText("Company name");
    const mains = document.querySelectorAll("main");
    expect(mains.length).toBe(1);
    expect(mains[0].querySelector("h1")?.textContent).toBe("Welcome to Leadledger");
    expect(mains[0].querySelectorAll("h2").length).toBe(2);
    // axe's landmark rules over the whole page (contrast needs a renderer).
    const axe = (await import("axe-core")).default;
    const r = await axe.run(document, { runOnly: ["region", "landmark-one-main", "page-has-heading-one", "heading-order"] });
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });

  it("leads from the demo back to the setup form with Start my company", async () => {
    let current: SessionStatus = { ...status, demo: true, language: "de" };
    calls = ipc({
      session_status: () => current,
      dashboard: () => dashboard("120"),
      leave_demo: () => (current = { ...firstRun, language: "de" }),
      create_company: (a) => (current = { ...status, demo: false, company: a.company.name, language: a.company.language }),
    });
    render(App);
    const leave = await screen.findByText("Mit meiner Firma beginnen");
    await fireEvent.click(leave);
    await waitFor(() => expect(sent("leave_demo").length).toBe(1));
    const name = await screen.findByLabelText("Firmenname");
    expect((screen.getByLabelText("Sprache") as HTMLSelectElement).value).toBe("de");
    await fireEvent.input(name, { target: { value: "Muster GmbH" } });
    await fireEvent.submit(name.closest("form")!);
    await waitFor(() => expect(sent("create_company")[0]?.args.company).toMatchObject({ name: "Muster GmbH", language: "de" }));
    // The company's own sidebar: no demo banner, no way out of a demo.
    await screen.findByText("Muster GmbH");
    expect(document.querySelector("#leave-demo")).toBeNull();
  });
});
