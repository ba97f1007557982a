// The side bar follows the seat's role on a team database (issue 14): a
// front-desk or sales seat opens on Log inquiry and has no Reports, Spend or
// Import & export in its menu (absent, not greyed); the owner has them all.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { dashboard, sources, status } from "../test/fixtures";
import { ipc } from "../test/ipc";
import type { Role, SessionStatus } from "../bindings";
import App from "../App.svelte";
import Dashboard from "./Dashboard.svelte";
import Settings from "./Settings.svelte";
import Inquiries from "./Inquiries.svelte";
import { inquiry } from "../test/fixtures";

const seat = (role: Role): SessionStatus => ({ ...status, demo: false, team: "dana@192.168.1.5/shop", role });
const menu = () => [...document.querySelectorAll("nav button[data-screen]")].map((b) => b.getAttribute("data-screen"));

function answer(role: Role) {
  return ipc({
    session_status: () => seat(role),
    dashboard: () => dashboard("120"),
    catalog: () => ({ channels: [], sources }),
    top_sources: () => [],
    recent_inquiries: () => [],
  });
}

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("Roles", () => {
  for (const role of ["desk", "sales"] as Role[]) {
    it(`gives a ${role} seat no money screens and opens on Log inquiry`, async () => {
      answer(role);
      render(App);
      await waitFor(() => expect(menu()).toEqual(["log", "inquiries", "dashboard", "sources", "settings"]));
      expect(document.querySelector("nav button.active")?.getAttribute("data-screen")).toBe("log");
      expect(screen.queryByText("Reports")).toBeNull();
      expect(screen.queryByText("Spend")).toBeNull();
      expect(screen.queryByText("Import & export")).toBeNull();
      // Alt+number counts the entries the seat has: Alt+4 is Sources here.
      await fireEvent.keyDown(window, { key: "4", altKey: true });
      expect(document.querySelector("nav button.active")?.getAttribute("data-screen")).toBe("sources");
    });
  }

  it("gives the owner every screen and the dashboard first", async () => {
    answer("owner");
    render(App);
    await waitFor(() => expect(menu()).toEqual(["log", "inquiries", "dashboard", "reports", "spend", "sources", "import", "settings"]));
    expect(document.querySelector("nav button.active")?.getAttribute("data-screen")).toBe("dashboard");
  });

  it("shows a staff seat's dashboard its counts without the money charts or the model comparison", async () => {
    answer("desk");
    render(Dashboard, { props: { status: seat("desk") } });
    await screen.findByText("Warnings");
    expect(document.querySelector('[data-chart="leads"]')).not.toBeNull();
    expect(document.querySelector('[data-chart="roi"]')).toBeNull();
    expect(document.querySelector('[data-chart="cpl"]')).toBeNull();
    expect(screen.queryByText("Attribution models compared")).toBeNull();
    cleanup();
    answer("owner");
    render(Dashboard, { props: { status: seat("owner") } });
    await screen.findByText("Attribution models compared");
    expect(document.querySelector('[data-chart="roi"]')).not.toBeNull();
  });

  it("shows a staff seat the company's settings to read, with the reason, without the money settings, Save or the backups", async () => {
    const company = { company_name: "Muster GmbH", currency: "EUR", fiscal_year_start_month: 4, gross_margin: "1", half_life_days: "7", language: "en", call_retention_months: 24 };
    for (const role of ["desk", "owner"] as Role[]) {
      ipc({ get_settings: () => company, list_backups: () => [], pin_status: () => ({ set: false, locked: false, wait_s: null }) });
      render(Settings, { props: { status: seat(role), onstatus: () => {} } });
      const name = (await screen.findByLabelText("Company name")) as HTMLInputElement;
      expect(name.value).toBe("Muster GmbH");
      const owner = role === "owner";
      expect(name.disabled).toBe(!owner);
      expect(screen.queryByLabelText(/Gross margin/) !== null).toBe(owner);
      expect(screen.queryByText("Save") !== null).toBe(owner);
      expect(screen.queryByText("Backups") !== null).toBe(owner);
      // The staff seat is told once why nothing here changes.
      expect(document.querySelector("#settings-read-only")?.textContent ?? null).toBe(
        owner ? null : "Only the owner changes the company's settings; your role in the team reads them.");
      expect((screen.getByLabelText("Language") as HTMLSelectElement).disabled).toBe(!owner);
      cleanup();
    }
  });

  it("gives the front desk inquiries without the deals column or the quote form", async () => {
    for (const role of ["desk", "sales"] as Role[]) {
      ipc({ search_inquiries: () => ({ rows: [inquiry("INQ-2026-00001", 2)], total: 1 }) });
      render(Inquiries, { props: { status: seat(role) } });
      const row = await screen.findByText("INQ-2026-00001");
      expect(screen.queryByText("Quotes and orders") !== null).toBe(role === "sales");
      await fireEvent.click(row);
      await screen.findByText("Delete inquiry");
      expect(screen.queryByText("Add quote") !== null).toBe(role === "sales");
      cleanup();
    }
  });

  it("lets the owner's seat add, reset and remove people in Settings → Team, and no staff seat", async () => {
    const company = { company_name: "Muster GmbH", currency: "EUR", fiscal_year_start_month: 1, gross_margin: "0.35", half_life_days: "7", language: "en", call_retention_months: 24 };
    let people = [{ login: "olga", role: "owner" }, { login: "dana", role: "desk" }];
    const calls = ipc({
      get_settings: () => company, list_backups: () => [], pin_status: () => ({ set: false, locked: false, wait_s: null }),
      team_people: () => people,
      add_team_person: (a) => (people = [...people, { login: a.person.login, role: a.person.role }]),
      remove_team_person: (a) => (people = people.filter((p) => p.login !== a.login)),
      reset_team_password: () => null,
    });
    render(Settings, { props: { status: seat("owner"), onstatus: () => {} } });
    await waitFor(() => expect(document.querySelector('tr[data-person="dana"]')?.textContent).toContain("Front desk"));
    await fireEvent.input(screen.getByLabelText("Login name"), { target: { value: " ben " } });
    await fireEvent.change(screen.getByLabelText("Role"), { target: { value: "sales" } });
    await fireEvent.input(screen.getByLabelText("Password"), { target: { value: "b'en; pw" } });
    await fireEvent.click(screen.getByText("Add person"));
    await waitFor(() => expect(document.querySelector('tr[data-person="ben"]')?.textContent).toContain("Sales"));
    expect(calls.find((c) => c.cmd === "add_team_person")?.args).toEqual({ person: { login: "ben", role: "sales", password: "b'en; pw" } });
    const ben = document.querySelector('tr[data-person="ben"]')!;
    await fireEvent.click(ben.querySelector("button")!);
    await fireEvent.input(document.querySelector("#person-new-password")!, { target: { value: "new-pw" } });
    await fireEvent.submit(document.querySelector("#person-new-password")!.closest("form")!);
    await screen.findByText("ben has a new password.");
    expect(calls.find((c) => c.cmd === "reset_team_password")?.args).toEqual({ login: "ben", password: "new-pw" });
    await fireEvent.click(ben.querySelector("button.danger")!);
    await waitFor(() => expect(document.querySelector('tr[data-person="ben"]')).toBeNull());
    cleanup();
    // A sales seat's Settings has no Team panel, and asks for no people.
    const staff = ipc({ get_settings: () => company, pin_status: () => ({ set: false, locked: false, wait_s: null }) });
    render(Settings, { props: { status: seat("sales"), onstatus: () => {} } });
    await screen.findByLabelText("Company name");
    expect(document.querySelector("#team-people")).toBeNull();
    expect(staff.some((c) => c.cmd === "team_people")).toBe(false);
  });
});
