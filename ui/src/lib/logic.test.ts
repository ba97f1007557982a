import { describe, expect, it } from "vitest";
import { emptyForm, filterSources, formFrom, missing, normalisePhone, sameLine, sourceByPhone, sourceForKey, toInput } from "./logform";
import { parseAmount, shiftDecimal } from "./format";
import { expectedRange, listed, query, tiles, higherIsBetter } from "./dashboard";
import { LANGUAGES, messageIds, setLanguage, t } from "./i18n.svelte";
import { dashboard, inquiry, sources } from "../test/fixtures";

describe("log form", () => {
  const named = sources.filter((s) => s.name !== "Unknown").sort((a, b) => b.uses - a.uses);
  // Keys as the backend hands them out: 1 and 2 by the rule, 4 pinned, 3 free.
  const keys = [
    { key: 1, source: named[0], pinned: false },
    { key: 2, source: named[1], pinned: false },
    { key: 4, source: named[2] ?? named[0], pinned: true },
  ];
  it("number keys pick the source on that key and 0 picks Unknown", () => {
    expect(sourceForKey("1", keys, 1)).toBe(2);
    expect(sourceForKey("2", keys, 1)).toBe(3);
    expect(sourceForKey("4", keys, 1)).toBe(keys[2].source.id);
    expect(sourceForKey("3", keys, 1)).toBeNull();
    expect(sourceForKey("0", keys, 1)).toBe(1);
    expect(sourceForKey("9", keys, 1)).toBeNull();
    expect(sourceForKey("a", keys, 1)).toBeNull();
  });
  it("a dialled tracking number picks its source, like src/phone.rs", () => {
    expect(normalisePhone("0711 1234567")).toBe("7111234567");
    expect(normalisePhone("+49 711 1234567")).toBe("497111234567");
    expect(normalisePhone("12")).toBeNull();
    expect(sameLine("497111234567", "7111234567")).toBe(true);
    expect(sameLine("120", "5550120")).toBe(false);
    expect(sourceByPhone("0711 / 123 45 67", sources)?.name).toBe("Google Ads");
    expect(sourceByPhone("0711 999", sources)).toBeNull();
  });
  it("requires a source unless a tracking number answers", () => {
    const f = emptyForm();
    expect(missing(f, null)).toBe("ui-log-need-source");
    expect(missing(f, sources[2])).toBeNull();
    expect(missing({ ...f, sourceId: 2 }, null)).toBeNull();
  });
  it("sends trimmed text and nulls for empty fields", () => {
    const input = toInput({ ...emptyForm("rfq"), company: "  Acme ", sourceId: 2, touchpoints: [{ sourceId: 3, date: "2026-06-01" }] });
    expect(input).toMatchObject({ kind: "rfq", company: "Acme", contact: null, source_id: 2, is_lead: true });
    expect(input.touchpoints).toEqual([{ source_id: 3, date: "2026-06-01" }]);
  });
  it("sends back the version of the inquiry it edits, and none for a new one", () => {
    const edited = formFrom({ ...inquiry("INQ-2026-00007", 2), version: 4 });
    expect(toInput(edited)).toMatchObject({ id: "INQ-2026-00007", version: 4 });
    expect(toInput(emptyForm()).version).toBeNull();
    expect(toInput({ ...edited, id: null }).version).toBeNull();
  });
  it("type-ahead finds sources by name and channel, prefixes first", () => {
    expect(filterSources("goo", sources).map((s) => s.name)).toEqual(["Google Ads"]);
    expect(filterSources("trade", sources).length).toBe(4);
    expect(filterSources(" ", sources)).toEqual([]);
  });
});

describe("amounts typed in the user's language", () => {
  it("reads German and English forms", () => {
    expect(parseAmount("1.234,50", "de")).toBe("1234.50");
    expect(parseAmount("1,234.50", "en")).toBe("1234.50");
    expect(parseAmount("250", "de")).toBe("250");
    expect(parseAmount("12,5", "sv")).toBe("12.5");
    expect(parseAmount("1 500", "ru")).toBe("1500");
    expect(parseAmount("", "en")).toBe("0");
    expect(parseAmount("abc", "en")).toBeNull();
    expect(parseAmount("1.250", "de")).toBe("1250");
    expect(parseAmount("1,250", "en")).toBe("1250");
    expect(parseAmount("€ 1.200,00", "de")).toBe("1200.00");
  });
});

describe("shiftDecimal", () => {
  it("moves the decimal point without a float", () => {
    expect(shiftDecimal("35", -2)).toBe("0.35");
    expect(shiftDecimal("0.3", 2)).toBe("30");
    expect(shiftDecimal("0.355", 2)).toBe("35.5");
    expect(shiftDecimal("7", -4)).toBe("0.0007");
    expect(shiftDecimal("-12.5", -2)).toBe("-0.125");
    expect(shiftDecimal("0.1", 0)).toBe("0.1");
  });
});

describe("dashboard rules", () => {
  it("shows eight tiles with an expected range", () => {
    const d = dashboard("120");
    expect(tiles(d).map((k) => k.key)).toEqual(["leads", "spend", "revenue", "roi_pct", "cpl", "won_deals", "cac", "unknown_source_pct"]);
    expect(expectedRange("en", d.kpis[0], "EUR")).toBe("118 – 122");
    // A range may run below zero (a falling ROI); the bounds are shown as
    // the backend computed them, not clamped.
    const roi = { ...d.kpis[3], kind: "pct" as const, expected_low: "-19.40", expected_high: "12.00" };
    expect(expectedRange("en", roi, "EUR")).toBe("-19.4 % – 12.0 %");
    expect(expectedRange("en", { ...roi, expected_low: null, expected_high: null }, "EUR")).toBeNull();
    expect(higherIsBetter("cpl")).toBe(false);
    expect(higherIsBetter("leads")).toBe(true);
  });
  it("lists the rows Rust marks active, most leads first", () => {
    const [row] = dashboard("120").sources;
    const rows = [
      { ...row, name: "Quiet", leads: "0", spend: "0", revenue: "0", active: false },
      { ...row, name: "Few", leads: "2.5" },
      { ...row, name: "Spend only", leads: "0", revenue: "0" },
      { ...row, name: "Many", leads: "60" },
    ];
    expect(listed(rows).map((r) => r.name)).toEqual(["Many", "Few", "Spend only"]);
  });
  it("builds the query for each period kind", () => {
    expect(query("quarter", 2025, 2, 1, "", "", "linear")).toMatchObject({ period: "quarter", year: 2025, quarter: 2, month: null });
    expect(query("ytd", 2025, 2, 1, "", "", "linear")).toMatchObject({ period: "ytd", year: null });
    expect(query("custom", 2025, 1, 1, "2025-01-01", "2025-02-01", "linear")).toMatchObject({ from: "2025-01-01", to: "2025-02-01" });
  });
});

describe("translations", () => {
  it("every language has the same ui messages", () => {
    const en = messageIds("en").filter((k) => k.startsWith("ui-"));
    expect(en.length).toBeGreaterThan(100);
    for (const l of LANGUAGES) expect(messageIds(l).filter((k) => k.startsWith("ui-"))).toEqual(en);
  });
  it("formats plurals and falls back to English", () => {
    setLanguage("de");
    expect(t("ui-nav-spend")).toBe("Ausgaben");
    expect(t("ui-spread-months", { count: 12 })).toBe("12 Monate");
    setLanguage("ru");
    expect(t("ui-sources-uses", { count: 3 })).toBe("3 обращения");
    setLanguage("xx");
    expect(t("ui-nav-spend")).toBe("Spend");
    expect(t("no-such-message")).toBe("no-such-message");
  });
});
