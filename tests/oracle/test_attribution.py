"""Checks of the oracle's attribution models: the rule-based models on hand
cases and the data-driven (Markov removal-effect) model, including its
fallbacks.

Run from the repository root: python3 -m unittest discover -s tests/oracle
"""

import unittest
from fractions import Fraction

from cases import D, Builder, Close, one_touchpoint_case, oracle, run, src



class RuleModels(unittest.TestCase):
    def three_touch(self):
        b = Builder().source("A").source("B").source("C")
        # Entered out of date order: C before B.
        b.inquiry("I1", "2025-01-01", "A", touches=[("C", "2025-01-10"), ("B", "2025-01-05")])
        b.deal("D1", "I1", "X", "2025-02-01", "1000")
        return b.ds

    def test_position_based_three_touchpoints(self):
        r = run(self.three_touch(), "2025-01-01", "2025-12-31", "2025-12-31", "position_based")
        self.assertEqual(src(r, "A")["leads"], Fraction(2, 5))
        self.assertEqual(src(r, "B")["leads"], Fraction(1, 5))
        self.assertEqual(src(r, "C")["leads"], Fraction(2, 5))
        self.assertEqual(src(r, "B")["revenue"], 200)
        self.assertEqual(src(r, "C")["new_customers"], Fraction(2, 5))

    def test_position_based_repeats_sum(self):
        b = Builder().source("A").source("B")
        b.inquiry("I1", "2025-01-01", "A",
                  touches=[("B", "2025-01-02"), ("A", "2025-01-03"), ("B", "2025-01-04")])
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "position_based")
        self.assertEqual(src(r, "A")["leads"], Fraction(2, 5) + Fraction(1, 10))
        self.assertEqual(src(r, "B")["leads"], Fraction(1, 10) + Fraction(2, 5))

    def test_last_touch_and_ties(self):
        b = Builder().source("A").source("B").source("C")
        b.inquiry("I1", "2025-01-01", "A", touches=[("C", "2025-01-05"), ("B", "2025-01-05")])
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "last_touch")
        self.assertEqual(src(r, "B")["leads"], 1)  # Same date: entry order decides.
        self.assertEqual(src(r, "C")["leads"], 0)

    def test_time_decay_half_life(self):
        b = Builder().source("A").source("B")
        b.inquiry("I1", "2025-01-01", "A", touches=[("B", "2025-01-08")])
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "time_decay")
        self.assertLess(abs(src(r, "A")["leads"] - Fraction(1, 3)), Fraction(1, 10 ** 40))
        b.ds["settings"]["half_life_days"] = "3.5"
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "time_decay")
        self.assertLess(abs(src(r, "A")["leads"] - Fraction(1, 5)), Fraction(1, 10 ** 40))

    def test_touchpoint_before_received(self):
        # The first touch stays first; d never goes below 0.
        b = Builder().source("A").source("B")
        b.inquiry("I1", "2025-01-08", "A", touches=[("B", "2025-01-01")])
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "time_decay")
        self.assertLess(abs(src(r, "A")["leads"] - Fraction(2, 3)), Fraction(1, 10 ** 40))
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "last_touch")
        self.assertEqual(src(r, "B")["leads"], 1)


class DataDriven(unittest.TestCase, Close):
    def cyclic(self):
        b = Builder().source("A").source("B", "outbound").source("U")
        # Path A -> B -> A -> CONV (a revisit), B -> NULL, A -> NULL, and
        # A, A (merged) -> NULL.
        b.inquiry("L1", "2025-01-01", "A", company="X",
                  touches=[("B", "2025-01-02"), ("A", "2025-01-03")])
        b.inquiry("L2", "2025-01-05", "B", company="Y")
        b.inquiry("L3", "2025-01-06", "A", company="Z")
        b.deal("D1", "L1", "X", "2025-03-01", "800")
        b.spend("2025-01-01", "100", "A").spend("2025-01-01", "100", "B")
        return b

    def test_cyclic_path(self):
        # START: A 2/3, B 1/3. A: B, CONV, NULL 1/3 each. B: A, NULL 1/2 each.
        # x_A = 2/5, x_B = 1/5, P = 1/3; without A: 0 (RE 1); without B:
        # 2/9 (RE 1/3). Shares: A 3/4, B 1/4.
        r = run(self.cyclic().ds, "2025-01-01", "2025-12-31", "2025-12-31", "data_driven")
        self.assertFalse(r["fallback"])
        a, bb = src(r, "A"), src(r, "B")
        self.assertEqual(a["revenue"], 600)
        self.assertEqual(bb["revenue"], 200)
        self.assertEqual(a["won_deals"], Fraction(3, 4))
        self.assertEqual(a["new_customers"], Fraction(3, 4))
        # L1 splits 3/4 to A and 1/4 to B; L2 is B's, L3 A's.
        self.assertEqual(a["leads"], Fraction(7, 4))
        self.assertEqual(bb["leads"], Fraction(5, 4))
        self.assertEqual(bb["lead_to_customer_pct"], Fraction(1, 4) / Fraction(5, 4) * 100)
        self.assertEqual(r["company"]["cac_outbound"], 400)
        self.assertEqual(r["company"]["cac_inbound"], Fraction(400, 3))

    def test_repeats_merge(self):
        b = self.cyclic()
        b.inquiry("L4", "2025-01-07", "A", company="W", touches=[("A", "2025-01-08")])
        # A's row becomes B 1, CONV 1, NULL 2: x_A = (1/4)x_B + 1/4, x_B = x_A/2
        # -> x_A = 2/7, x_B = 1/7; START A 3/4 B 1/4: P = 6/28 + 1/28 = 1/4.
        # Without B: x_A = 1/4, P = 3/16, RE(B) = 1/4; RE(A) = 1. L1 splits
        # 4/5, 1/5.
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "data_driven")
        self.assertEqual(src(r, "A")["revenue"], 640)
        self.assertEqual(src(r, "B")["revenue"], 160)

    def test_one_touchpoint_each_is_first_touch(self):
        # Issue 11: every inquiry has one touchpoint, so data-driven gives
        # each lead, and its own revenue, to its one source: Thomasnet 7,400
        # and Google Ads 12,500 as under every other model (the removal
        # effects are 1/2 each, and sharing the period's revenue by them gave
        # 9,950 each).
        b = one_touchpoint_case()
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "data_driven")
        self.assertFalse(r["fallback"])
        self.assertEqual(src(r, "Thomasnet")["revenue"], 7400)
        self.assertEqual(src(r, "Google Ads")["revenue"], 12500)
        for model in oracle.MODELS:
            other = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", model)
            with self.subTest(model=model):
                self.assertEqual(other["sources"], r["sources"])
                self.assertEqual(other["channels"], r["channels"])
                self.assertEqual(other["company"], r["company"])

    def test_earlier_leads_split_by_the_period(self):
        # 2025: L1 A -> CONV, L2 B -> NULL, L3 B, U -> NULL: P = 1/3, RE(A) = 1,
        # RE(B) = RE(U) = 0. E arrived in 2024 (A, then B) and its deal closed
        # in 2025: 2025's effects give it all to A (linear would halve it).
        # L3's sources have RE 0: half each, as under linear.
        b = Builder().source("A").source("B", "outbound").source("U")
        b.inquiry("E", "2024-12-01", "A", company="CoE", touches=[("B", "2024-12-05")])
        b.inquiry("L1", "2025-01-10", "A", company="Co1")
        b.inquiry("L2", "2025-01-11", "B", company="Co2")
        b.inquiry("L3", "2025-01-12", "B", company="Co3", touches=[("U", "2025-01-13")])
        b.deal("DE", "E", "CoE", "2025-02-01", "600").deal("D1", "L1", "Co1", "2025-03-01", "400")
        r = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "data_driven")
        self.assertFalse(r["fallback"])
        a, bb, u = src(r, "A"), src(r, "B"), src(r, "U")
        self.assertEqual((a["revenue"], a["won_deals"], a["new_customers"]), (1000, 2, 2))
        self.assertEqual((bb["revenue"], bb["won_deals"], bb["new_customers"]), (0, 0, 0))
        self.assertEqual((a["leads"], bb["leads"], u["leads"]),
                         (1, Fraction(3, 2), Fraction(1, 2)))
        self.assertEqual(a["lead_to_customer_pct"], 100)
        self.assertEqual(r["company"]["cac_outbound"], None)
        linear = run(b.ds, "2025-01-01", "2025-12-31", "2025-12-31", "linear")
        self.assertEqual(src(linear, "A")["revenue"], 700)
        # 2024 uses its own paths: E has no won deal by 2024-12-31, so nothing
        # converts there and data-driven falls back to linear.
        r = run(b.ds, "2024-01-01", "2024-12-31", "2025-12-31", "data_driven")
        self.assertTrue(r["fallback"])
        self.assertEqual(src(r, "B")["leads"], Fraction(1, 2))

    def test_fallback_without_conversions(self):
        b = Builder().source("A").source("B")
        b.inquiry("L1", "2025-01-01", "A", touches=[("B", "2025-01-02")])
        b.deal("D1", "L1", "X", "2026-01-05", "100")  # Won after the period's end.
        r = run(b.ds, "2025-01-01", "2025-12-31", "2026-12-31", "data_driven")
        self.assertTrue(r["fallback"])
        self.assertEqual(src(r, "A")["leads"], Fraction(1, 2))
        j = oracle.run(b.ds, D("2025-01-01"), D("2025-12-31"), D("2026-12-31"), "data_driven")
        self.assertEqual(j["fallback_model"], "linear")


if __name__ == "__main__":
    unittest.main()
