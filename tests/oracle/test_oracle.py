"""Checks of the oracle's figures against the spec's worked example and hand
cases: the company and source figures, the funnel and cohorts, zero
denominators, periods, benchmarks and customers. The attribution models are
checked in test_attribution.py.

Run from the repository root: python3 -m unittest discover -s tests/oracle
"""

import json
import os
import subprocess
import sys
import unittest
from fractions import Fraction

from cases import HERE, D, Builder, Close, load_example, oracle, run, src



class WorkedExample(unittest.TestCase, Close):
    COMPANY = {
        "leads": "3", "spend": "1000", "revenue": "1000", "total_revenue": "1500",
        "roi_pct": "0", "romi": "1", "cpl": "333.33", "won_deals": "1",
        "deal_conversion_pct": "33.33", "lead_to_customer_pct": "33.33",
        "new_customers": "1", "cac": "1000", "value_converted_pct": "50",
        "sales_cycle_days": "90", "visitor_to_lead_pct": "3", "unknown_source_pct": "33.33",
        "retention_pct": None, "clv": "1500", "clv_to_cac": "1.5",
    }
    # model: A leads, A revenue, A roi_pct, B leads, B revenue, B roi_pct, cac_inbound, cac_outbound
    TABLE = {
        "first_touch": ("1", "1000", "900", "1", "0", "-100", "700", None),
        "linear": ("0.5", "500", "400", "1.5", "500", "66.67", "1400", "600"),
        "time_decay": ("0.3787", "378.69", "278.69", "1.6213", "621.31", "107.10",
                       "1848.47", "482.85"),
        "data_driven": ("0.3333", "333.33", "233.33", "1.6667", "666.67", "122.22", "2100",
                        "450"),
    }

    def test_company_figures_every_model(self):
        for model in oracle.MODELS:
            r = run(load_example(), "2025-01-01", "2025-12-31", "2025-12-31", model)
            self.assertFalse(r["fallback"])
            for key, want in self.COMPANY.items():
                with self.subTest(model=model, key=key):
                    if want is None:
                        self.assertIsNone(r["company"][key])
                    else:
                        self.assertNear(r["company"][key], Fraction(want))

    def test_table(self):
        for model, row in self.TABLE.items():
            r = run(load_example(), "2025-01-01", "2025-12-31", "2025-12-31", model)
            a, b = src(r, "A"), src(r, "B")
            got = (a["leads"], a["revenue"], a["roi_pct"], b["leads"], b["revenue"], b["roi_pct"],
                   r["company"]["cac_inbound"], r["company"]["cac_outbound"])
            for i, (g, w) in enumerate(zip(got, row)):
                with self.subTest(model=model, column=i):
                    if w is None:
                        self.assertIsNone(g)
                    else:
                        places = 4 if i in (0, 3) else 2
                        self.assertNear(g, Fraction(w), places)

    def test_data_driven_follows_each_lead(self):
        # RE(A) = 1/2, RE(B) = 1, RE(Unknown) = 0. I1 splits 1/3 to A and 2/3
        # to B, and so do its won deal D1, its revenue and its new customer
        # X; I2 is all B's; I3 has RE 0 and stays with Unknown (linear).
        r = run(load_example(), "2025-01-01", "2025-12-31", "2025-12-31", "data_driven")
        self.assertFalse(r["fallback"])
        data = oracle.Data(load_example(), D("2025-12-31"))
        re = oracle.removal_effects(data, list(data.inquiries.values()), D("2025-12-31"))
        self.assertEqual(re, {1: Fraction(1, 2), 2: Fraction(1), 3: Fraction(0)})
        third, two_thirds = Fraction(1, 3), Fraction(2, 3)
        a, b, u = src(r, "A"), src(r, "B"), src(r, "Unknown")
        want = {
            "A": (a, {"leads": third, "won_deals": third, "revenue": Fraction(1000, 3),
                      "new_customers": third, "lead_to_customer_pct": 100,
                      "deal_conversion_pct": 100, "cpl": 300, "cac": 300,
                      "romi": Fraction(10, 3), "roi_pct": Fraction(700, 3),
                      "visitor_to_lead_pct": third}),
            "B": (b, {"leads": 1 + two_thirds, "won_deals": two_thirds,
                      "revenue": Fraction(2000, 3), "new_customers": two_thirds,
                      "lead_to_customer_pct": 40, "deal_conversion_pct": 40,
                      "cpl": 180, "cac": 450, "romi": Fraction(20, 9),
                      "roi_pct": Fraction(1100, 9)}),
            "Unknown": (u, {"leads": 1, "won_deals": 0, "revenue": 0, "new_customers": 0,
                            "lead_to_customer_pct": 0}),
        }
        for name, (got, figures) in want.items():
            for key, value in figures.items():
                with self.subTest(source=name, key=key):
                    self.assertEqual(got[key], value)
        self.assertEqual(r["company"]["cac_inbound"], 2100)
        self.assertEqual(r["company"]["cac_outbound"], 450)
        # Channels hold their one source each.
        self.assertEqual(r["channels"][2], b)

    def test_command_line(self):
        path = os.path.join(HERE, "worked_example.json")
        out = subprocess.run([sys.executable, os.path.join(HERE, "oracle.py"), path,
                              "2025-01-01", "2025-12-31", "2025-12-31", "linear"],
                             check=True, capture_output=True, text=True).stdout
        j = json.loads(out)
        self.assertEqual(j["company"]["cpl"], "333.333333")
        self.assertIsNone(j["company"]["retention_pct"])
        self.assertEqual(j["sources"][1]["name"], "B")
        self.assertEqual(j["sources"][1]["channel"], "Trade shows")
        self.assertEqual(j["sources"][1]["roi_pct"], "66.666667")
        self.assertEqual(j["benchmarks"]["leads"]["value"], "3.000000")
        self.assertIsNone(j["benchmarks"]["leads"]["expected"])
        self.assertIn("cpl", j["source_benchmarks"]["A"])
        self.assertNotIn("fallback_model", j)


class FunnelAndCohorts(unittest.TestCase, Close):
    """The spec's funnel paragraph of the worked example and its cohort
    example, figure by figure."""

    def funnel_example(self):
        ds = load_example()
        for d in ds["deals"]:
            if d["id"] == "D1":
                d["quoted_at"] = "2025-03-01"
            if d["id"] == "D2":
                d.update(quoted_at="2025-02-20", closed_at="2025-03-10", amount="800.00")
        for i in ds["inquiries"]:
            i["qualified_at"] = {"I1": "2025-01-16", "I2": "2025-02-11"}.get(i["id"])
        return ds

    def test_company_funnel_every_model(self):
        want = {"qualified_leads": 2, "qualified_pct": Fraction(200, 3),
                "cost_per_qualified_lead": 500, "quoted_leads": 2,
                "quote_rate_pct": Fraction(200, 3), "quotes": 2, "quoted_value": 1800,
                "quote_hit_rate_pct": 50, "quote_to_order_days": 45, "cohort_revenue": 1000,
                "cohort_roi_pct": 0, "won_leads": 1}
        for model in oracle.MODELS:
            r = run(self.funnel_example(), "2025-01-01", "2025-12-31", "2026-06-30", model)
            for key, value in want.items():
                self.assertNear(r["company"][key], value)
            for key in ("cohort_maturity_pct", "cohort_expected_revenue"):
                self.assertIsNone(r["company"][key])

    def test_first_touch_by_source(self):
        r = run(self.funnel_example(), "2025-01-01", "2025-12-31", "2026-06-30", "first_touch")
        a, b = src(r, "A"), src(r, "B")
        self.assertEqual((a["quotes"], a["quoted_value"], a["quote_hit_rate_pct"]), (1, 1000, 100))
        self.assertEqual((b["quotes"], b["quoted_value"], b["quote_hit_rate_pct"]), (1, 800, 0))

    def cohort_example(self):
        b = Builder().source("S").source("Unknown")
        for lid, day in (("L1", "2025-02-01"), ("L2", "2025-03-01"), ("L3", "2024-04-01"),
                         ("L4", "2024-05-01"), ("L5", "2026-01-10"), ("L6", "2026-02-01")):
            b.inquiry(lid, day, "S", company=lid)
        for did, lid, closed, amount in (("D1", "L1", "2025-05-01", "400"),
                                          ("D2", "L2", "2025-10-01", "600"),
                                          ("D3", "L3", "2024-06-01", "500"),
                                          ("D4", "L4", "2025-01-15", "1500"),
                                          ("D5", "L5", "2026-03-01", "300")):
            b.deal(did, lid, lid, closed, amount)
        b.deal("D6", "L6", "L6", None, "900", status="open")
        b.spend("2026-02-01", "500", "S")
        return b.ds

    def test_cohort_example(self):
        r = run(self.cohort_example(), "2026-01-01", "2026-06-30", "2026-06-30", "first_touch")
        c = r["company"]
        self.assertEqual(c["cohort_maturity_pct"], 30)
        self.assertEqual((c["cohort_revenue"], c["cohort_roi_pct"]), (300, -40))
        self.assertEqual((c["cohort_expected_revenue"], c["cohort_expected_roi_pct"]), (1000, 100))
        r = run(self.cohort_example(), "2025-01-01", "2025-12-31", "2026-06-30", "first_touch")
        self.assertEqual(r["company"]["cohort_maturity_pct"], 100)


class DivisionByZero(unittest.TestCase):
    def test_source_without_spend(self):
        r = run(load_example(), "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
        u = src(r, "Unknown")
        self.assertIsNone(u["roi_pct"])
        self.assertIsNone(u["romi"])
        self.assertIsNone(u["cac"])
        self.assertEqual(u["cpl"], 0)  # Spend 0 over one lead is defined.
        self.assertIsNone(u["visitor_to_lead_pct"])

    def test_empty_period(self):
        r = run(load_example(), "2025-07-01", "2025-07-31", "2025-12-31", "linear")
        c = r["company"]
        self.assertEqual(c["leads"], 0)
        for key in ("cpl", "roi_pct", "romi", "deal_conversion_pct", "lead_to_customer_pct",
                    "cac", "cac_inbound", "cac_outbound", "sales_cycle_days",
                    "sales_cycle_median_days", "visitor_to_lead_pct", "unknown_source_pct",
                    "retention_pct", "clv_to_cac"):
            with self.subTest(key=key):
                self.assertIsNone(c[key])
        self.assertEqual(c["value_converted_pct"], 0)
        self.assertEqual(c["clv"], 1500)  # CLV looks at every deal up to the end.

    def test_no_target(self):
        r = run(load_example(), "2024-01-01", "2024-12-31", "2025-12-31", "linear")
        self.assertIsNone(r["company"]["value_converted_pct"])
        self.assertIsNone(r["company"]["clv"])
        self.assertEqual(oracle.fmt(None), None)


class Periods(unittest.TestCase, Close):
    def test_shift_years(self):
        self.assertEqual(oracle.shift_years(D("2024-02-29"), 1), D("2023-02-28"))
        self.assertEqual(oracle.shift_years(D("2024-02-29"), 4), D("2020-02-29"))
        self.assertEqual(oracle.shift_years(D("2025-11-22"), 5), D("2020-11-22"))

    def test_29_february(self):
        b = Builder().source("A")
        b.inquiry("I1", "2024-02-10", "A").inquiry("I2", "2024-02-29", "A")
        b.inquiry("I3", "2023-02-28", "A").inquiry("I4", "2023-03-01", "A")
        b.inquiry("I5", "2022-02-15", "A")
        r = run(b.ds, "2024-02-01", "2024-02-29", "2024-12-31", "first_touch")
        bm = r["benchmarks"]["leads"]
        self.assertEqual(bm["value"], 2)
        self.assertEqual(bm["prev"], 1)  # 2023-02-01..2023-02-28 holds I3 only.
        self.assertEqual(bm["delta"], 1)
        self.assertEqual(bm["delta_pct"], 100)
        self.assertEqual(bm["expected"], 1)  # Flat line through 2022 and 2023.
        self.assertEqual(bm["band"], Fraction(1, 10))
        self.assertEqual(bm["status"], "above")
        sb = r["source_benchmarks"]["A"]["leads"]
        self.assertEqual(sb["prev"], 1)

    def test_retention_of_a_prior_period_shifts_that_period(self):
        # P = 1 Jan-29 Feb 2024. Its prior period 3 years back is 1 Jan-28 Feb
        # 2021, whose own prior-year period is 1 Jan-28 Feb 2020 (its dates
        # shifted back one year), not 1 Jan-29 Feb 2020 (P shifted back 4
        # years): X's deal of 29 Feb 2020 does not make X a 2020 customer there.
        b = Builder().source("A")
        b.deal("D1", None, "Y", "2020-01-10", "100")
        b.deal("D2", None, "X", "2020-02-29", "100")
        b.deal("D3", None, "X", "2021-02-01", "100")
        data = oracle.Data(b.ds, D("2024-12-31"))
        fig = oracle.period_figures(data, D("2021-01-01"), D("2021-02-28"), "linear")[0]
        self.assertEqual(fig["retention_pct"], 0)
        r = run(b.ds, "2024-01-01", "2024-02-29", "2024-12-31", "linear")
        bm = r["benchmarks"]["retention_pct"]
        self.assertEqual(bm["expected"], 0)  # 2021 alone; 2020 has no 2019 customers.
        self.assertIsNone(bm["value"])

    def test_year_to_date(self):
        b = Builder().source("A")
        b.inquiry("I1", "2025-02-01", "A").inquiry("I2", "2025-05-01", "A")
        b.inquiry("I3", "2024-03-31", "A").inquiry("I4", "2024-04-01", "A")
        b.spend("2025-03-31", "100", "A").spend("2025-04-01", "999", "A")
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-03-31", "first_touch")
        self.assertEqual(r["effective_end"], D("2025-03-31"))
        self.assertEqual(r["company"]["leads"], 1)  # I2 lies after as_of.
        self.assertEqual(r["company"]["spend"], 100)
        self.assertEqual(r["benchmarks"]["leads"]["prev"], 1)  # Jan 1-Mar 31 2024.

    def test_value_converted_prorated(self):
        b = Builder().source("A")
        b.deal("D1", None, "X", "2025-02-01", "450")
        b.ds["targets"].append({"year": 2025, "sales_target": "3650", "lead_target": None})
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-03-31", "linear")
        self.assertEqual(r["company"]["value_converted_pct"], 50)  # 3650 x 90/365 = 900.


class Benchmarks(unittest.TestCase, Close):
    def build(self, this_year):
        b = Builder().source("A")
        n = 0
        for year, count in ((2021, 1), (2022, 2), (2023, 4), (2025, this_year)):
            for _ in range(count):
                n += 1
                b.inquiry(f"I{n}", f"{year}-03-01", "A")
        b.spend("2024-05-01", "10", "A")  # 2024 takes part only where defined.
        return b.ds

    def test_ols_band_status(self):
        # Points (-4, 1), (-3, 2), (-2, 4); 2024 has a record but no leads (0),
        # which is defined, so it takes part for leads too.
        r = run(self.build(5), "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
        bm = r["benchmarks"]["leads"]
        xs, ys = [-4, -3, -2, -1], [1, 2, 4, 0]
        n = 4
        xb, yb = Fraction(sum(xs), n), Fraction(sum(ys), n)
        slope = sum((x - xb) * (y - yb) for x, y in zip(xs, ys)) / sum((x - xb) ** 2 for x in xs)
        exp = yb - slope * xb
        ssr = sum((y - exp - slope * x) ** 2 for x, y in zip(xs, ys))
        self.assertEqual(bm["expected"], exp)
        self.assertLess(abs(bm["band"] ** 2 - ssr / 2), Fraction(1, 10 ** 30))
        self.assertEqual(bm["prev"], 0)
        self.assertIsNone(bm["delta_pct"])  # prev is 0.
        # roi_pct is defined only in 2024 (the only spend): one point.
        roi = r["benchmarks"]["roi_pct"]
        self.assertEqual(roi["expected"], -100)
        self.assertEqual(roi["band"], 10)
        self.assertEqual(roi["prev"], -100)
        self.assertIsNone(roi["value"])
        self.assertIsNone(roi["status"])
        # cpl is undefined in 2024 (no leads) and 0 in 2021-2023.
        self.assertIsNone(r["benchmarks"]["cpl"]["prev"])
        self.assertEqual(r["benchmarks"]["cpl"]["expected"], 0)
        self.assertEqual(r["benchmarks"]["cpl"]["status"], "within")

    def test_three_points_exact(self):
        b = Builder().source("A")
        n = 0
        for year, count in ((2022, 1), (2023, 2), (2024, 4), (2025, 5)):
            for _ in range(count):
                n += 1
                b.inquiry(f"I{n}", f"{year}-03-01", "A")
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
        bm = r["benchmarks"]["leads"]
        self.assertEqual(bm["expected"], Fraction(16, 3))
        self.assertNear(bm["band"], Fraction(408248, 10 ** 6), 6)  # sqrt(1/6).
        self.assertEqual(bm["status"], "within")
        self.assertEqual(bm["delta_pct"], 25)
        for extra, status in ((1, "above"), (-1, "below")):
            ds = json.loads(json.dumps(b.ds))
            if extra > 0:
                ds["inquiries"].append(dict(ds["inquiries"][-1], id="extra"))
            else:
                ds["inquiries"].pop()
            r = run(ds, "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
            self.assertEqual(r["benchmarks"]["leads"]["status"], status)

    def test_edge_is_within(self):
        self.assertEqual(oracle.benchmark(Fraction(11), [(1, Fraction(10))])["status"], "within")
        self.assertEqual(oracle.benchmark(Fraction(9), [(1, Fraction(10))])["status"], "within")
        self.assertEqual(oracle.benchmark(Fraction(8), [(1, Fraction(10))])["status"], "below")
        self.assertIsNone(oracle.benchmark(None, [(1, Fraction(10))])["status"])


class Customers(unittest.TestCase, Close):
    def test_retention_cycle_clv_ties(self):
        b = Builder().source("A").source("B", "outbound")
        b.inquiry("I1", "2025-01-01", "A", company="X").inquiry("I2", "2025-01-01", "B")
        b.inquiry("I3", "2025-01-01", "A").inquiry("I4", "2025-01-01", "A", is_lead=False)
        b.deal("P1", None, " x ", "2024-06-01", "100")
        b.deal("P2", None, "Y", "2024-07-01", "100")
        b.deal("D9", "I1", "X", "2025-01-11", "100")   # Cycle 10 days.
        b.deal("D10", "I2", "V", "2025-01-21", "100")  # 20; first of V by byte order.
        b.deal("D2", "I3", "V", "2025-01-21", "100")   # 20.
        b.deal("D3", "I4", "W", "2025-01-31", "100")   # Not a lead: unattributed.
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
        c = r["company"]
        self.assertEqual(c["retention_pct"], 50)  # x (trimmed, lowercased) but not y.
        self.assertEqual(c["won_deals"], 3)
        self.assertEqual(c["total_revenue"], 400)
        self.assertEqual(c["revenue"], 300)
        self.assertEqual(c["sales_cycle_days"], Fraction(50, 3))
        self.assertEqual(c["sales_cycle_median_days"], 20)
        self.assertEqual(c["new_customers"], 2)  # V and W; X was a customer in 2024.
        self.assertEqual(src(r, "B")["new_customers"], 1)  # D10 < D2 < D9 in bytes.
        self.assertEqual(src(r, "A")["new_customers"], 0)
        # CLV: 6 deals, AOV 100; x: 2 deals over 224 days (lifespan 1), y 1,
        # v 2, w 1 -> F = 6/4, L = 1.
        self.assertEqual(c["clv"], 150)

    def test_median_even_and_lifespan(self):
        b = Builder().source("A")
        b.inquiry("I1", "2020-01-01", "A", company="X").inquiry("I2", "2020-01-01", "A")
        b.deal("D1", "I1", "X", "2020-01-11", "100")
        b.deal("D2", "I2", "X", "2020-01-16", "300")
        b.deal("D3", None, "X", "2022-01-16", "200")
        r = run(b.ds, "2020-01-01", "2020-12-31", "2020-12-31", "linear")
        self.assertEqual(r["company"]["sales_cycle_median_days"], Fraction(25, 2))
        r = run(b.ds, "2022-01-01", "2022-12-31", "2022-12-31", "linear")
        # One customer, 3 deals over 736 days: AOV 200 x (3 / L) x L.
        self.assertEqual(r["company"]["clv"], 600)

    def test_cac_directions(self):
        b = Builder().source("A").source("B", "outbound")
        b.inquiry("I1", "2025-01-01", "A").inquiry("I2", "2025-01-02", "B", company="Y")
        b.deal("D1", "I1", "C", "2025-02-01", "10").deal("D2", "I2", "Y", "2025-02-01", "10")
        b.spend("2025-01-01", "100", "A").spend("2025-01-01", "50", "B")
        b.spend("2025-01-01", "20", None, "outbound").spend("2025-01-01", "1000", None, None)
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "first_touch")
        c = r["company"]
        self.assertEqual(c["cac_inbound"], 100)
        self.assertEqual(c["cac_outbound"], 70)
        self.assertEqual(c["cac"], 585)  # All 1170 of spend over 2 new customers.


if __name__ == "__main__":
    unittest.main()