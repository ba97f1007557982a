// The owner PIN on the page: the lock over the money screens (a wrong PIN,
// the wait counted down, opening) and the Settings section (the rule, the
// repeat, set, change and remove, and a team database, where it does not
// apply). The backend's answers come from the IPC mock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "./i18n.svelte";
import { pin } from "./pin.svelte";
import { ipc, type Calls } from "../test/ipc";
import { status } from "../test/fixtures";
import PinLock from "./PinLock.svelte";
import PinSettings from "./PinSettings.svelte";
import Settings from "../screens/Settings.svelte";

let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);
const wrong = { code: "locked", message: "that PIN is not right", field: "pin" };

beforeEach(() => {
  setLanguage("en");
  Object.assign(pin, { set: true, locked: true, wait_s: null });
});
afterEach(() => { cleanup(); clearMocks(); vi.useRealTimers(); });

describe("PinLock", () => {
  it("refuses a wrong PIN and opens with the right one", async () => {
    calls = ipc({
      unlock: (a) => { if (a.pin !== "2468") throw wrong; return { set: true, locked: false, wait_s: null }; },
      pin_status: () => ({ set: true, locked: true, wait_s: null }),
    });
    render(PinLock);
    const field = screen.getByLabelText("Owner PIN");
    expect(screen.getByText(/locks these screens, not the file/)).toBeTruthy();
    await fireEvent.input(field, { target: { value: "1111" } });
    await fireEvent.submit(field.closest("form")!);
    expect(await screen.findByText("That PIN is not right.")).toBeTruthy();
    expect(pin.locked).toBe(true);
    expect((field as HTMLInputElement).value).toBe("");
    await fireEvent.input(field, { target: { value: "2468" } });
    await fireEvent.submit(field.closest("form")!);
    await waitFor(() => expect(pin.locked).toBe(false));
    expect(sent("unlock").map((c) => c.args.pin)).toEqual(["1111", "2468"]);
  });

  it("counts the wait down and lets the PIN in again when it ends", async () => {
    vi.useFakeTimers();
    let waiting = 3;
    calls = ipc({
      unlock: () => { throw wrong; },
      pin_status: () => ({ set: true, locked: true, wait_s: waiting > 0 ? waiting : null }),
    });
    render(PinLock);
    const field = screen.getByLabelText("Owner PIN") as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "0000" } });
    await fireEvent.submit(field.closest("form")!);
    await vi.waitFor(() => expect(screen.getByText("Too many wrong PINs. Try again in 3 s.")).toBeTruthy());
    expect(field.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getByText("Too many wrong PINs. Try again in 2 s.")).toBeTruthy();
    waiting = 0;
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(field.disabled).toBe(false));
    expect(screen.queryByText(/Too many wrong PINs/)).toBeNull();
    expect(sent("pin_status").length).toBe(2);
  });

  it("speaks the user's language", async () => {
    setLanguage("de");
    calls = ipc({});
    render(PinLock);
    expect(screen.getByText("Mit der Inhaber-PIN gesperrt")).toBeTruthy();
    expect(screen.getByLabelText("Inhaber-PIN")).toBeTruthy();
  });
});

describe("Settings → Owner PIN", () => {
  const none = { set: false, locked: false, wait_s: null };
  const open = { set: true, locked: false, wait_s: null };

  it("sets a PIN of 4 to 12 digits typed twice", async () => {
    calls = ipc({ pin_status: () => none, set_pin: () => open });
    render(PinSettings, { props: { status: { ...status, demo: false } } });
    await waitFor(() => expect(pin.set).toBe(false));
    const next = screen.getByLabelText(/^New PIN/);
    const repeat = screen.getByLabelText("Repeat the new PIN");
    await fireEvent.input(next, { target: { value: "12a4" } });
    await fireEvent.click(screen.getByText("Set PIN"));
    expect(screen.getAllByText("A PIN is 4 to 12 digits (0–9), nothing else.").length).toBe(2);
    await fireEvent.input(next, { target: { value: "2468" } });
    await fireEvent.input(repeat, { target: { value: "2469" } });
    await fireEvent.click(screen.getByText("Set PIN"));
    expect(screen.getByText("The two new PINs differ.")).toBeTruthy();
    expect(sent("set_pin").length).toBe(0);
    await fireEvent.input(repeat, { target: { value: "2468" } });
    await fireEvent.click(screen.getByText("Set PIN"));
    await waitFor(() => expect(sent("set_pin").length).toBe(1));
    expect(sent("set_pin")[0].args).toEqual({ current: null, new: "2468" });
    expect(await screen.findByText(/The PIN is set/)).toBeTruthy();
    expect(screen.getByText("leadledger pin clear")).toBeTruthy();
  });

  it("changes and removes a PIN with the current one, and says when it is wrong", async () => {
    calls = ipc({
      pin_status: () => open,
      clear_pin: (a) => { if (a.current !== "2468") throw { ...wrong, field: "current" }; return none; },
      lock_pin: () => ({ set: true, locked: true, wait_s: null }),
    });
    render(PinSettings, { props: { status: { ...status, demo: false } } });
    const current = await screen.findByLabelText("Current PIN");
    await fireEvent.input(current, { target: { value: "1111" } });
    await fireEvent.click(screen.getByText("Remove PIN"));
    expect(await screen.findByText("That PIN is not right.")).toBeTruthy();
    expect(current.classList.contains("invalid")).toBe(true);
    await fireEvent.input(current, { target: { value: "2468" } });
    await fireEvent.click(screen.getByText("Remove PIN"));
    expect(await screen.findByText(/The PIN is removed/)).toBeTruthy();
    expect(pin.set).toBe(false);
    expect(sent("clear_pin").map((c) => c.args.current)).toEqual(["1111", "2468"]);
  });

  it("says that a team database has roles instead", async () => {
    calls = ipc({ pin_status: () => none });
    render(PinSettings, { props: { status: { ...status, demo: false, team: "anna@db.example/acme" } } });
    expect(screen.getByText(/the owner PIN does not apply/)).toBeTruthy();
    expect(screen.queryByLabelText(/New PIN/)).toBeNull();
  });
});

describe("Settings while locked", () => {
  it("keeps the margin and the backups behind the PIN, and the rest open", async () => {
    const s = { company_name: "Acme", currency: "EUR", fiscal_year_start_month: 1, gross_margin: "0.35", half_life_days: "7", language: "en" };
    calls = ipc({ get_settings: () => s, pin_status: () => ({ set: true, locked: true, wait_s: null }) });
    render(Settings, { props: { status: { ...status, demo: false, db_path: "/tmp/acme.db" }, onstatus: () => {} } });
    const margin = (await screen.findByLabelText(/Gross margin/)) as HTMLInputElement;
    expect(margin.disabled).toBe(true);
    expect((screen.getByLabelText("Company name") as HTMLInputElement).disabled).toBe(false);
    const backups = screen.getByRole("region", { name: "Backups" });
    expect(backups.querySelector("[data-pin-lock]")).toBeTruthy();
    expect(screen.queryByText("Back up now")).toBeNull();
    expect(sent("list_backups").length).toBe(0);
    expect(screen.getByLabelText("Current PIN")).toBeTruthy();
  });
});
