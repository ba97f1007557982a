// The Sources screen as a new user meets it (issue 11): focus, the channel
// suggestions by keyboard and to assistive technology, a filled form never
// lost without asking, a near-duplicate channel questioned; and as a staff
// seat of a team database meets it (issue 14): the list to read, no control
// its role may not use, one line that says why.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { editDistance, similarChannel } from "../lib/channels";
import { source, sources, status } from "../test/fixtures";
import { axeViolations, ipc, type Calls } from "../test/ipc";
import type { Role, SourceDto } from "../bindings";
import Sources from "./Sources.svelte";

const channels = [
  { id: 1, name: "Trade shows", direction: "outbound", sources: 4 },
  { id: 2, name: "Directories", direction: "inbound", sources: 0 },
  { id: 3, name: "Paid search", direction: "inbound", sources: 0 },
];
let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => {
  setLanguage("en");
  const list: SourceDto[] = [...sources];
  calls = ipc({
    catalog: () => ({ channels, sources: list }),
    top_sources: () => [],
    save_source: (a) => {
      const saved = { ...source(list.length + 1, a.source.name, 0), channel: a.source.channel };
      list.push(saved);
      return saved;
    },
  });
});
afterEach(() => { cleanup(); clearMocks(); });

async function newSource() {
  render(Sources, { props: {} });
  await screen.findAllByText("Hannover Messe");
  await fireEvent.click(screen.getByText("+ New source"));
  return screen.getByLabelText("Name") as HTMLInputElement;
}
const channel = () => screen.getByRole("combobox", { name: "Channel" }) as HTMLInputElement;

describe("Sources: the form", () => {
  it("focuses the name on + New source", async () => {
    const name = await newSource();
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it("asks before + New source discards a filled form, in the page", async () => {
    const name = await newSource();
    await fireEvent.input(name, { target: { value: "Blechexpo" } });
    await fireEvent.click(screen.getByText("+ New source"));
    const ask = await screen.findByRole("alertdialog");
    expect(ask.textContent).toMatch(/not saved/);
    // Keeping the draft leaves it as typed.
    await fireEvent.click(within(ask).getByText("Keep editing"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Blechexpo");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Name")));
    // Discarding gives the empty form.
    await fireEvent.click(screen.getByText("+ New source"));
    await fireEvent.click(within(await screen.findByRole("alertdialog")).getByText("Discard changes"));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("");
  });

  it("opens another source at once while the form is untouched", async () => {
    await newSource();
    await fireEvent.click(screen.getByRole("button", { name: "Google Ads" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Google Ads");
  });

  it("keeps the focus on the saved source's row", async () => {
    const name = await newSource();
    await fireEvent.input(name, { target: { value: "Blechexpo" } });
    await fireEvent.submit(name.closest("form")!);
    await waitFor(() => expect(sent("save_source").length).toBe(1));
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.textContent).toBe("Blechexpo"));
  });
});

describe("Sources: the channel field", () => {
  it("is a combobox whose listbox assistive technology can follow", async () => {
    await newSource();
    const box = channel();
    expect(box.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.input(box, { target: { value: "o" } });
    expect(box.getAttribute("aria-expanded")).toBe("true");
    const list = document.getElementById(box.getAttribute("aria-controls")!)!;
    expect(list.getAttribute("role")).toBe("listbox");
    const options = within(list).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Trade shows", "Directories"]);
    // The first suggestion is highlighted, and the field says which.
    expect(box.getAttribute("aria-activedescendant")).toBe(options[0].id);
    expect(options[0].getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(box.getAttribute("aria-activedescendant")).toBe(options[1].id);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("takes the first suggestion on Enter, and the highlighted one after the arrows", async () => {
    await newSource();
    await fireEvent.input(channel(), { target: { value: "dir" } });
    await fireEvent.keyDown(channel(), { key: "Enter" });
    expect(channel().value).toBe("Directories");
    expect(channel().getAttribute("aria-expanded")).toBe("false");
    expect(sent("save_source").length).toBe(0);
    await fireEvent.input(channel(), { target: { value: "s" } });
    await fireEvent.keyDown(channel(), { key: "ArrowDown" });
    await fireEvent.keyDown(channel(), { key: "ArrowDown" });
    await fireEvent.keyDown(channel(), { key: "Enter" });
    expect(channel().value).toBe("Paid search");
  });

  it("suggests a channel the typed name resembles, in any language", async () => {
    await newSource();
    await fireEvent.input(channel(), { target: { value: "Trade fair" } });
    expect(channel().getAttribute("aria-expanded")).toBe("false");
    await fireEvent.input(channel(), { target: { value: "Tradeshow" } });
    expect(within(document.getElementById("source-channel-options")!).getAllByRole("option").map((o) => o.textContent)).toEqual(["Trade shows"]);
  });

  it("asks before a near-duplicate becomes a second channel, offering both", async () => {
    const name = await newSource();
    await fireEvent.input(name, { target: { value: "Blechexpo" } });
    await fireEvent.input(channel(), { target: { value: "Trade show" } });
    await fireEvent.keyDown(channel(), { key: "Escape" });
    await fireEvent.submit(name.closest("form")!);
    const ask = await screen.findByRole("alertdialog");
    expect(ask.textContent).toContain("Use the existing channel “Trade shows”?");
    expect(sent("save_source").length).toBe(0);
    await fireEvent.click(within(ask).getByText("Use “Trade shows”"));
    await waitFor(() => expect(sent("save_source").length).toBe(1));
    expect((sent("save_source")[0].args.source as any).channel).toBe("Trade shows");
  });

  it("drops the question when the channel is typed anew", async () => {
    const name = await newSource();
    await fireEvent.input(name, { target: { value: "Blechexpo" } });
    await fireEvent.input(channel(), { target: { value: "Trade show" } });
    await fireEvent.submit(name.closest("form")!);
    await screen.findByRole("alertdialog");
    await fireEvent.input(channel(), { target: { value: "Trade fairs" } });
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  });

  it("creates the new channel when the user says so", async () => {
    const name = await newSource();
    await fireEvent.input(name, { target: { value: "Blechexpo" } });
    await fireEvent.input(channel(), { target: { value: "Trade show" } });
    await fireEvent.submit(name.closest("form")!);
    await fireEvent.click(within(await screen.findByRole("alertdialog")).getByText("Create new channel “Trade show”"));
    await waitFor(() => expect(sent("save_source").length).toBe(1));
    expect((sent("save_source")[0].args.source as any).channel).toBe("Trade show");
  });
});

describe("Sources: near-duplicate channel names", () => {
  const names = ["Trade shows", "Messe", "Druck", "Google Ads", "PR", "Выставки"];
  it.each([
    ["Trade show", "Trade shows"],
    ["trade Shows ", null], // the same channel to the store (ASCII case, trimmed)
    ["trade  shows", "Trade shows"],
    ["tradeshows", "Trade shows"],
    ["Messen", "Messe"],
    ["Drucker", "Druck"],
    ["Google Adds", "Google Ads"],
    ["Trade shows", null],
    ["Radio", null],
    ["TV", null], // two letters apart from "PR": nothing alike
    ["Выставка", "Выставки"],
    ["выставки", "Выставки"], // the store tells Cyrillic case apart
  ])("%s → %s", (typed, want) => {
    expect(similarChannel(typed, names)).toBe(want);
  });
  it("counts edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("Sources: a staff seat reads", () => {
  const seat = (role: Role) => ({ ...status, demo: false, team: "dana@192.168.1.5/shop", role });
  const pinned = [{ key: 1, source: sources[1], pinned: true }, { key: 2, source: sources[2], pinned: false }];

  for (const role of ["desk", "sales"] as Role[]) {
    it(`shows a ${role} seat the sources, numbers and keys without a control that would be refused`, async () => {
      calls = ipc({ catalog: () => ({ channels, sources }), top_sources: () => pinned });
      render(Sources, { props: { status: seat(role) } });
      const row = (id: number) => document.querySelector(`[data-source-id="${id}"]`);
      await waitFor(() => expect(row(2)?.textContent).toBe("Hannover Messe"));
      // The list stays whole: every source with its uses and tracking numbers.
      expect(row(3)?.closest("li")?.textContent).toContain("☎ 497111234567");
      expect(row(2)?.tagName).toBe("SPAN");
      expect(document.querySelector("#sources-read-only")?.textContent).toBe(
        "Only the owner adds, changes, merges or removes sources, channels and tracking numbers; your role in the team reads them.");
      expect(screen.queryByText("+ New source")).toBeNull();
      expect(screen.queryByRole("button", { name: "Hannover Messe" })).toBeNull();
      expect(screen.queryByText("Remove")).toBeNull();
      expect(screen.queryByLabelText("New channel")).toBeNull();
      expect(screen.queryByText("Merge sources")).toBeNull();
      // The number keys show what each key logs, and cannot be pinned here.
      const key1 = (await screen.findByLabelText("Source on key 1")) as HTMLSelectElement;
      await waitFor(() => expect(key1.value).toBe("2"));
      expect(key1.disabled).toBe(true);
      expect(screen.queryByText("Unpin")).toBeNull();
      expect(calls.map((c) => c.cmd).filter((c) => c !== "catalog" && c !== "top_sources")).toEqual([]);
      expect(await axeViolations(document.body)).toEqual([]);
      cleanup();
    });
  }

  it("gives the owner's seat every control and no read-only line", async () => {
    calls = ipc({ catalog: () => ({ channels, sources }), top_sources: () => pinned });
    render(Sources, { props: { status: seat("owner") } });
    await screen.findByRole("button", { name: "Hannover Messe" });
    expect(screen.getByText("+ New source")).not.toBeNull();
    expect(document.querySelector("#sources-read-only")).toBeNull();
    expect(screen.getByText("Merge sources")).not.toBeNull();
    expect((screen.getByLabelText("Source on key 1") as HTMLSelectElement).disabled).toBe(false);
    await screen.findByText("Unpin");
  });
});
