"""What the oracle's unit tests share: the worked example, a builder of
small data sets in the serde shape of src/model.rs, and an assertion to the
cent. Not a test file itself (discovery looks for test_*.py), so the tests of
the figures and of the attribution models can both import it.
"""

import datetime as dt
import json
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
# The oracle is found beside this file whichever folder the tests run from.
sys.path.insert(0, HERE)

import oracle  # noqa: E402


D = dt.date.fromisoformat


def load_example():
    with open(os.path.join(HERE, "worked_example.json"), encoding="utf-8") as f:
        return json.load(f)


class Builder:
    """A small Dataset in the serde shape of src/model.rs."""

    def __init__(self):
        self.ds = {
            "settings": {"company_name": "T", "currency": "EUR", "fiscal_year_start_month": 1,
                         "gross_margin": "1", "half_life_days": "7", "language": "en"},
            "channels": [], "sources": [], "spend": [], "inquiries": [], "deals": [],
            "targets": [], "traffic": [],
        }
        self.ids = {}

    def source(self, name, direction="inbound"):
        cid = len(self.ds["channels"]) + 1
        self.ds["channels"].append({"id": cid, "name": "ch " + name, "direction": direction})
        sid = len(self.ds["sources"]) + 1
        self.ds["sources"].append({"id": sid, "channel_id": cid, "name": name,
                                   "tracking_numbers": [], "utm_source": None,
                                   "utm_medium": None, "utm_campaign": None})
        self.ids[name] = sid
        return self

    def spend(self, date, amount, source=None, direction=None):
        self.ds["spend"].append({"id": len(self.ds["spend"]) + 1, "date": date, "amount": amount,
                                 "category": "other",
                                 "source_id": self.ids[source] if source else None,
                                 "campaign": None, "direction": direction, "note": None})
        return self

    def inquiry(self, iid, date, source, company="C", touches=(), is_lead=True):
        self.ds["inquiries"].append({
            "id": iid, "received_at": date + "T10:00:00", "kind": "rfq", "company": company,
            "contact": None, "phone": None, "email": None, "source_id": self.ids[source],
            "touchpoints": [{"source_id": self.ids[s], "date": d} for s, d in touches],
            "is_lead": is_lead, "status": None, "estimated_value": None, "logged_by": None,
            "notes": None})
        return self

    def deal(self, did, inquiry, company, closed, amount, status="won", quoted=None):
        self.ds["deals"].append({"id": did, "inquiry_id": inquiry, "company": company,
                                 "quoted_at": quoted, "closed_at": closed, "status": status,
                                 "amount": amount, "lost_reason": None})
        return self


def one_touchpoint_case():
    """Issue 11: Thomasnet and Google Ads, one touchpoint per inquiry; one
    order from each (7,400 and 12,500) and leads that never buy."""
    b = Builder().source("Thomasnet").source("Google Ads").source("Unknown")
    for i, (source, day) in enumerate((("Thomasnet", "2025-02-03"), ("Thomasnet", "2025-03-04"),
                                        ("Thomasnet", "2025-05-06"), ("Google Ads", "2025-02-10"),
                                        ("Google Ads", "2025-04-11"), ("Unknown", "2025-06-12"))):
        b.inquiry(f"Q{i}", day, source, company=f"Co{i}")
    b.deal("W1", "Q0", "Co0", "2025-04-01", "7400").deal("W2", "Q3", "Co3", "2025-05-01", "12500")
    b.deal("L1", "Q1", "Co1", "2025-06-01", "900", status="lost")
    b.spend("2025-01-15", "1200", "Thomasnet").spend("2025-01-15", "2500", "Google Ads")
    return b


def run(ds, frm, to, as_of, model):
    return oracle.compute(ds, D(frm), D(to), D(as_of), model)


def src(result, name):
    data = result["data"]
    sid = next(s["id"] for s in data.sources if s["name"] == name)
    return result["sources"][sid]


class Close:
    def assertNear(self, got, want, places=2):
        self.assertIsNotNone(got)
        tol = Fraction(1, 2 * 10 ** places)
        self.assertLessEqual(abs(Fraction(got) - Fraction(want)), tol, f"{float(got)} vs {want}")
