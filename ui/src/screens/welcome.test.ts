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
    expect(mains[0].querySelectorAll("h2").length).toBe(3);
    // axe's landmark rules over the whole page (contrast needs a renderer).
    const axe = (await import("axe-core")).default;
    const r = await axe.run(document, { runOnly: ["region", "landmark-one-main", "page-has-heading-one", "heading-order"] });
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });

  it("connects to a team server with the form's fields and shows it in the header", async () => {
    let current: SessionStatus = firstRun;
    calls = ipc({
      session_status: () => current,
      dashboard: () => dashboard("120"),
      connect_team: () => (current = { ...status, demo: false, company: "Muster GmbH", team: "anna@192.168.1.5/shop" }),
    });
    render(App);
    await fireEvent.input(await screen.findByLabelText("Server"), { target: { value: "192.168.1.5" } });
    await fireEvent.input(screen.getByLabelText("Database"), { target: { value: "shop" } });
    await fireEvent.input(screen.getByLabelText("User name"), { target: { value: "anna" } });
    await fireEvent.input(screen.getByLabelText("Password"), { target: { value: "geheim" } });
    await fireEvent.change(screen.getByLabelText("Encryption"), { target: { value: "verify_full" } });
    await fireEvent.click(screen.getByText("Connect"));
    await waitFor(() => expect(sent("connect_team").length).toBe(1));
    expect(sent("connect_team")[0].args.connection).toEqual({
      host: "192.168.1.5", port: 5432, database: "shop", user: "anna", password: "geheim", tls: "verify_full",
    });
    expect((await screen.findByText("Team server: anna@192.168.1.5/shop")).id).toBe("team-place");
  });

  it("connects through the owner's invite file with only the user name and password", async () => {
    let current: SessionStatus = firstRun;
    calls = ipc({
      session_status: () => current,
      dashboard: () => dashboard("120"),
      pick_invite_file: () => "/home/anna/shop.invite.json",
      connect_invite: () => (current = { ...status, demo: false, company: "Muster GmbH", team: "anna@nas.local/shop" }),
    });
    render(App);
    await fireEvent.click(await screen.findByText("Open an invite file…"));
    expect((await screen.findByText("Invite: /home/anna/shop.invite.json")).id).toBe("team-invite");
    expect(screen.queryByLabelText("Server")).toBeNull();
    expect(screen.queryByLabelText("Encryption")).toBeNull();
    await fireEvent.input(screen.getByLabelText("User name"), { target: { value: "anna" } });
    await fireEvent.input(screen.getByLabelText("Password"), { target: { value: "geheim" } });
    await fireEvent.click(screen.getByText("Connect"));
    await waitFor(() => expect(sent("connect_invite").length).toBe(1));
    expect(sent("connect_invite")[0].args).toEqual({ invite: "/home/anna/shop.invite.json", user: "anna", password: "geheim" });
    expect(sent("connect_team").length).toBe(0);
    expect((await screen.findByText("Team server: anna@nas.local/shop")).id).toBe("team-place");
  });

  it("goes back from an invite to the server's fields", async () => {
    calls = ipc({ session_status: () => firstRun, pick_invite_file: () => "/tmp/x.json" });
    render(App);
    await fireEvent.click(await screen.findByText("Open an invite file…"));
    await fireEvent.click(await screen.findByText("Enter the server by hand"));
    expect(await screen.findByLabelText("Server")).toBeTruthy();
    expect(screen.queryByText("Invite: /tmp/x.json")).toBeNull();
  });

  it("says why a connection failed by its code, in the user's language", async () => {
    const failures: [string, string][] = [
      ["auth_failed", "The server refused the user name or the password. Check both and try again."],
      ["offline", "The team server cannot be reached. Check that it is switched on and that this computer is on its network."],
      ["not_a_database", "This is not a Leadledger database, or it is still empty: the owner prepares it first."],
      ["server_too_old", "The server runs a PostgreSQL older than version 15; Leadledger needs 15 or newer."],
      ["needs_upgrade", "The team database was set up by an older version of Leadledger. The owner upgrades it first (leadledger team upgrade)."],
      ["tls_failed", "An encrypted connection to the server could not be made. Check the encryption setting and the server's certificate."],
      ["forbidden", "This login has no role in the team database yet. The owner adds you (leadledger team add-user)."],
    ];
    let next = 0;
    calls = ipc({
      session_status: () => firstRun,
      connect_team: () => { throw { code: failures[next++][0], message: "the team server at 10.0.0.9:5432 said no", field: null }; },
    });
    render(App);
    await fireEvent.input(await screen.findByLabelText("Server"), { target: { value: "10.0.0.9" } });
    await fireEvent.input(screen.getByLabelText("Database"), { target: { value: "shop" } });
    await fireEvent.input(screen.getByLabelText("User name"), { target: { value: "anna" } });
    for (const [code, sentence] of failures) {
      await fireEvent.submit(document.querySelector("#team-form")!);
      await waitFor(() => expect(document.querySelector("#team-failure p")?.textContent).toBe(sentence), { timeout: 2000 });
      expect(document.querySelector("#team-failure .detail")?.textContent).toContain("10.0.0.9:5432");
      if (code === "auth_failed") expect(document.querySelector("#team-password")?.classList.contains("invalid")).toBe(true);
    }
    // An empty password is sent as none, for LEADLEDGER_PASSWORD to fill.
    // A server that is not this computer starts with its certificate checked.
    expect(sent("connect_team")[0].args.connection).toMatchObject({ password: null, port: 5432, tls: "verify_full" });
    setLanguage("de");
    next = 0;
    await fireEvent.submit(document.querySelector("#team-form")!);
    await waitFor(() => expect(document.querySelector("#team-failure p")?.textContent)
      .toBe("Der Server hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut."));
  });

  it("starts the encryption by the host typed until the user picks one", async () => {
    calls = ipc({ session_status: () => firstRun, connect_team: () => { throw { code: "offline", message: "away", field: null }; } });
    render(App);
    const host = await screen.findByLabelText("Server");
    const tls = screen.getByLabelText("Encryption") as HTMLSelectElement;
    expect(tls.value).toBe("verify_full");
    await fireEvent.input(host, { target: { value: "localhost" } });
    await waitFor(() => expect(tls.value).toBe("prefer"));
    await fireEvent.input(host, { target: { value: "192.168.1.5" } });
    await waitFor(() => expect(tls.value).toBe("verify_full"));
    await fireEvent.input(host, { target: { value: "127.0.0.1" } });
    await waitFor(() => expect(tls.value).toBe("prefer"));
    // Picked by hand, it stays whatever the host.
    await fireEvent.change(tls, { target: { value: "require" } });
    await fireEvent.input(host, { target: { value: "192.168.1.5" } });
    await fireEvent.input(screen.getByLabelText("Database"), { target: { value: "shop" } });
    await fireEvent.input(screen.getByLabelText("User name"), { target: { value: "anna" } });
    await fireEvent.submit(document.querySelector("#team-form")!);
    await waitFor(() => expect(sent("connect_team").length).toBe(1));
    expect(sent("connect_team")[0].args.connection).toMatchObject({ host: "192.168.1.5", tls: "require" });
  });

  it("asks again for the password of the connection remembered from last time", async () => {
    const remembered: SessionStatus = {
      ...firstRun,
      team_connection: { host: "nas.local", port: 5433, database: "shop", user: "anna", tls: "require" },
      team_failure: { code: "auth_failed", message: "the team server at nas.local:5433 asks anna for a password", field: null },
    };
    calls = ipc({ session_status: () => remembered });
    render(App);
    expect(((await screen.findByLabelText("Server")) as HTMLInputElement).value).toBe("nas.local");
    expect((screen.getByLabelText("Port") as HTMLInputElement).value).toBe("5433");
    expect((screen.getByLabelText("Encryption") as HTMLSelectElement).value).toBe("require");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("alert").textContent).toContain("The server refused the user name or the password.");
    expect(screen.getByText("Last time: anna@nas.local/shop")).toBeTruthy();
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
