// One rounding (issue 11): the page rounds a figure once, from the exact
// decimal string the backend sends, half away from zero, by its digits. The
// cases are shared with the Rust tests (tests/it/report/rounding.rs), which
// hold the PDF and the `leadledger metrics` table to the same text.
import { describe, expect, it } from "vitest";
import cases from "../test/rounding-cases.json";
import { money, number, pct, roundDecimal, signedPct } from "./format";

describe("one rounding, half away from zero", () => {
  it("rounds each shared case as the PDF and the table do", () => {
    expect(cases.pct.length).toBeGreaterThanOrEqual(10);
    for (const [exact, shown] of cases.pct) {
      expect(roundDecimal(exact, 1), exact).toBe(shown);
      expect(pct("en", exact), exact).toBe(`${shown} %`);
    }
  });

  it("shows -66.8 % for -66.8499 and rounds midpoints away from zero", () => {
    expect(pct("en", "-66.8499")).toBe("-66.8 %");
    expect(pct("en", "0.05")).toBe("0.1 %");
    expect(pct("en", "-0.05")).toBe("-0.1 %");
    expect(pct("en", "2.45")).toBe("2.5 %");
    expect(pct("de", "-66.84975")).toBe("-66,8 %");
  });

  it("never shows a negative zero", () => {
    expect(pct("en", "-0.04")).toBe("0.0 %");
    expect(signedPct("en", "-0.04")).toBe("0.0 %");
    expect(money("en", "-0.4", "EUR")).toBe("€0");
  });

  it("rounds money and counts once too, carrying through nines", () => {
    expect(money("en", "1234.5", "EUR")).toBe("€1,235");
    expect(money("en", "-1234.5", "EUR")).toBe("-€1,235");
    expect(money("en", "999.995", "EUR", 2)).toBe("€1,000.00");
    expect(number("en", "0.3333333333333333333333333333", 1)).toBe("0.3");
    expect(roundDecimal("9.96", 1)).toBe("10.0");
    expect(roundDecimal("-9.5", 0)).toBe("-10");
    expect(roundDecimal("0.4999999999999999999999999999", 0)).toBe("0");
    expect(roundDecimal("120", 2)).toBe("120.00");
  });
});
