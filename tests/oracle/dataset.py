"""The data set of shared/spec/metrics.md as the oracle reads it: parsing
dates and money, the records dated after as-of left out, and each lead's
credit under the rule-based attribution models.

It lives apart from oracle.py because reading the data set is one job and
computing the figures from it another; oracle.py reads the data set here
and hands it on to funnel.py. Nothing here imports oracle or funnel, so no
two modules import each other. Standard library only, exact Fractions except the time-decay weights.
"""

import datetime as dt
import decimal
from fractions import Fraction

# Sixty digits leave the time-decay weights and the band's square root exact
# far beyond the cent the figures are compared at.
DEC_CTX = decimal.Context(prec=60)


# ---------------------------------------------------------------- parsing


def parse_date(text):
    """A NaiveDate ("YYYY-MM-DD") or the date part of a NaiveDateTime."""
    return dt.date.fromisoformat(text[:10])


def parse_money(value):
    """Decimals are serialised as strings; accept numbers too, exactly."""
    if value is None:
        return None
    return Fraction(decimal.Decimal(str(value)))


def decay_weight(days, half_life):
    """2^(-days/half_life) to 60 significant digits, as a Fraction."""
    exponent = -decimal.Decimal(days) / half_life
    value = DEC_CTX.exp(DEC_CTX.multiply(exponent, DEC_CTX.ln(decimal.Decimal(2))))
    return Fraction(value)


def customer_key(company):
    return company.strip().lower()


# ---------------------------------------------------------------- data set

class Data:
    """The data set with everything dated after as_of left out."""

    def __init__(self, raw, as_of):
        self.as_of = as_of
        st = raw["settings"]
        self.margin = parse_money(st.get("gross_margin", "1"))
        self.half_life = decimal.Decimal(str(st.get("half_life_days", "7")))

        self.channels = [
            {"id": c["id"], "name": c["name"], "direction": c["direction"]}
            for c in raw["channels"]
        ]
        self.channel_by_id = {c["id"]: c for c in self.channels}
        self.sources = [
            {"id": s["id"], "name": s["name"], "channel_id": s["channel_id"]}
            for s in raw["sources"]
        ]
        self.source_by_id = {s["id"]: s for s in self.sources}
        self.unknown_id = None
        for s in self.sources:
            if s["name"].lower() == "unknown":
                self.unknown_id = s["id"]
                break

        self.spend = []
        for r in raw["spend"]:
            day = parse_date(r["date"])
            if day > as_of:
                continue
            direction = None
            if r.get("source_id") is None:
                direction = r.get("direction") or "shared"
            self.spend.append({
                "date": day,
                "amount": parse_money(r["amount"]),
                "source_id": r.get("source_id"),
                "direction": direction,
            })

        self.inquiries = {}
        self.inquiry_dates = []
        for r in raw["inquiries"]:
            day = parse_date(r["received_at"])
            if day > as_of:
                continue
            further = []
            for t in r.get("touchpoints") or []:
                tday = parse_date(t["date"])
                if tday > as_of:
                    continue  # A touchpoint is a dated record too.
                further.append((t["source_id"], tday))
            # Stable sort: ties keep the order they were entered.
            further.sort(key=lambda t: t[1])
            self.inquiries[r["id"]] = {
                "id": r["id"],
                "date": day,
                "source_id": r["source_id"],
                "is_lead": bool(r["is_lead"]),
                "touches": [(r["source_id"], day)] + further,
            }
            self.inquiry_dates.append(day)

        self.deals = []
        for r in raw["deals"]:
            closed = parse_date(r["closed_at"]) if r.get("closed_at") else None
            quoted = parse_date(r["quoted_at"]) if r.get("quoted_at") else None
            dated = closed if closed is not None else quoted
            if dated is not None and dated > as_of:
                continue
            self.deals.append({
                "id": r["id"],
                "inquiry_id": r.get("inquiry_id"),
                "customer": customer_key(r["company"]),
                "closed": closed,
                "dated": dated,
                "status": r["status"],
                "amount": parse_money(r["amount"]),
            })
        self.won = [d for d in self.deals if d["status"] == "won" and d["closed"] is not None]

        # The earliest won deal of every inquiry decides whether a lead converted.
        self.first_won_close = {}
        for d in self.won:
            iid = d["inquiry_id"]
            if iid is None:
                continue
            cur = self.first_won_close.get(iid)
            if cur is None or d["closed"] < cur:
                self.first_won_close[iid] = d["closed"]

        # Each customer's first won deal ever: lowest closed_at, ties lowest id by bytes.
        self.first_deal = {}
        for d in self.won:
            key = (d["closed"], d["id"].encode("utf-8"))
            cur = self.first_deal.get(d["customer"])
            if cur is None or key < (cur["closed"], cur["id"].encode("utf-8")):
                self.first_deal[d["customer"]] = d

        self.targets = {}
        for t in raw.get("targets") or []:
            self.targets[t["year"]] = parse_money(t.get("sales_target"))

        self.traffic = []
        for t in raw.get("traffic") or []:
            month = parse_date(t["month"])
            if month > as_of:
                continue
            self.traffic.append((month, t["source_id"], int(t["visitors"])))

        self._credit_cache = {}

    def lead_inquiry(self, deal):
        """The deal's inquiry when it is a lead, else None (unattributed)."""
        iid = deal["inquiry_id"]
        if iid is None:
            return None
        inq = self.inquiries.get(iid)
        if inq is None or not inq["is_lead"]:
            return None
        return inq

    def has_record(self, start, end):
        """Whether a spend, inquiry or deal is dated in [start, end]."""
        if any(start <= s["date"] <= end for s in self.spend):
            return True
        if any(start <= d <= end for d in self.inquiry_dates):
            return True
        return any(d["dated"] is not None and start <= d["dated"] <= end for d in self.deals)

    # ------------------------------------------------------------ credits

    def credit(self, inq, model):
        """Credit per source id of one lead under a rule-based model."""
        key = (inq["id"], model)
        if key in self._credit_cache:
            return self._credit_cache[key]
        touches = inq["touches"]
        n = len(touches)
        weights = []
        if n == 1:
            weights = [Fraction(1)]
        elif model == "first_touch":
            weights = [Fraction(1)] + [Fraction(0)] * (n - 1)
        elif model == "last_touch":
            weights = [Fraction(0)] * (n - 1) + [Fraction(1)]
        elif model == "linear":
            weights = [Fraction(1, n)] * n
        elif model == "position_based":
            if n == 2:
                weights = [Fraction(1, 2), Fraction(1, 2)]
            else:
                mid = Fraction(1, 5) / (n - 2)
                weights = [Fraction(2, 5)] + [mid] * (n - 2) + [Fraction(2, 5)]
        elif model == "time_decay":
            latest = max(t[1] for t in touches)
            raw = [decay_weight(max(0, (latest - t[1]).days), self.half_life) for t in touches]
            total = sum(raw)
            # Rounded to 40 decimals: exact far beyond the 0.01 compared, and
            # common denominators keep the sums of Fractions fast.
            scale = 10 ** 40
            weights = [Fraction(round(w / total * scale), scale) for w in raw]
        else:
            raise ValueError(f"no rule-based credit for model {model}")
        out = {}
        for (sid, _), w in zip(touches, weights):
            out[sid] = out.get(sid, Fraction(0)) + w
        self._credit_cache[key] = out
        return out
