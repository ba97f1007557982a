"""The funnel, cohort and channel-activity figures of shared/spec/metrics.md
("The funnel: from inquiry to order", "Cohorts", "Channel activity"), for
oracle.py. Written from the spec's text alone, like the rest of the oracle.

A quote is known when its quoted_at is on or before the as-of date, a
decision (won or lost) when its closed_at is; the funnel reads the raw deals
for that, since oracle.Data leaves out a deal whose closing lies after as-of
although its quote was already sent.
"""

from fractions import Fraction

COMPANY_KEYS = (
    "won_leads", "qualified_leads", "qualified_pct", "cost_per_qualified_lead",
    "quoted_leads", "quote_rate_pct", "quotes", "quoted_value", "quote_hit_rate_pct",
    "quote_to_order_days", "quote_to_order_median_days", "cohort_revenue",
    "cohort_roi_pct", "cohort_maturity_pct", "cohort_expected_revenue",
    "cohort_expected_roi_pct",
)
SCOPE_KEYS = (
    "won_leads", "qualified_leads", "qualified_pct", "cost_per_qualified_lead",
    "quoted_leads", "quote_rate_pct", "quotes", "quoted_value", "quote_hit_rate_pct",
    "cohort_revenue", "cohort_roi_pct", "cohort_expected_revenue", "cohort_expected_roi_pct",
)
QUALIFICATION_KEYS = ("qualified_leads", "qualified_pct", "cost_per_qualified_lead")
NO_BENCHMARK = ("cohort_maturity_pct", "cohort_expected_revenue", "cohort_expected_roi_pct")
HUNDRED = Fraction(100)


def _date(text, parse_date):
    return parse_date(text) if text else None


class Funnel:
    """What the funnel reads beyond oracle.Data: qualification dates, the
    known quotes and decisions, the activity rows."""

    def __init__(self, raw, data, parse_date, parse_money, customer_key):
        as_of = data.as_of
        self.qualified = {}
        for r in raw["inquiries"]:
            q = _date(r.get("qualified_at"), parse_date)
            if q is not None and r["id"] in data.inquiries:
                self.qualified.setdefault(r["id"], q)
        self.quotes = []
        for r in raw["deals"]:
            quoted = _date(r.get("quoted_at"), parse_date)
            if quoted is None or quoted > as_of:
                continue
            closed = _date(r.get("closed_at"), parse_date)
            decided = None
            if r["status"] in ("won", "lost") and closed is not None and closed <= as_of:
                decided = (closed, r["status"] == "won")
            self.quotes.append({
                "inquiry_id": r.get("inquiry_id"),
                "quoted": quoted,
                "decided": decided,
                "amount": parse_money(r["amount"]),
            })
        self.first_quote = {}
        for q in self.quotes:
            iid = q["inquiry_id"]
            if iid is not None:
                cur = self.first_quote.get(iid)
                self.first_quote[iid] = q["quoted"] if cur is None else min(cur, q["quoted"])
        self.activity = []
        for a in raw.get("activity") or []:
            self.activity.append((parse_date(a["month"]).replace(day=1), a["source_id"],
                                  a["metric"], int(a["count"])))
        self.metrics = sorted({a[2] for a in self.activity})


def div(a, b):
    return None if a is None or b is None or b == 0 else Fraction(a) / Fraction(b)


def pct(a, b):
    r = div(a, b)
    return None if r is None else r * HUNDRED


def roi(revenue, spend, margin):
    return pct(revenue * margin - spend, spend)


def median(values):
    v = sorted(values)
    n = len(v)
    if n == 0:
        return None
    return Fraction(v[n // 2]) if n % 2 else Fraction(v[n // 2 - 1] + v[n // 2], 2)


def add_funnel(data, fu, start, end, age, leads, credit, spend_by_source, total_spend,
               company, channels, sources):
    """Adds the funnel, cohort and activity figures of [start, end] to the
    period's company, channel and source dicts. `age` is A in days."""
    zero = Fraction(0)
    per = {}

    def add(sid, key, value):
        per.setdefault(sid, {}).setdefault(key, zero)
        per[sid][key] += value

    won_leads = qualified = quoted_leads = 0
    for inq in leads:
        conv = data.first_won_close.get(inq["id"])
        is_won = conv is not None and conv <= end
        q = fu.qualified.get(inq["id"])
        is_q = q is not None and q <= end
        fq = fu.first_quote.get(inq["id"])
        is_quoted = fq is not None and fq <= end
        won_leads += is_won
        qualified += is_q
        quoted_leads += is_quoted
        for sid, c in credit(inq).items():
            if is_won:
                add(sid, "won_leads", c)
            if is_q:
                add(sid, "qualified_leads", c)
            if is_quoted:
                add(sid, "quoted_leads", c)

    quotes = 0
    quoted_value = zero
    decided = decided_won = 0
    days = []
    for q in fu.quotes:
        quoted_in = start <= q["quoted"] <= end
        dec = q["decided"] if q["decided"] and start <= q["decided"][0] <= end else None
        if quoted_in:
            quotes += 1
            quoted_value += q["amount"]
        if dec:
            decided += 1
            if dec[1]:
                decided_won += 1
                days.append((dec[0] - q["quoted"]).days)
        inq = data.inquiries.get(q["inquiry_id"]) if q["inquiry_id"] else None
        if inq is None or not inq["is_lead"]:
            continue
        for sid, c in credit(inq).items():
            if quoted_in:
                add(sid, "quotes", c)
                add(sid, "quoted_value", c * q["amount"])
            if dec:
                add(sid, "decided", c)
                if dec[1]:
                    add(sid, "decided_won", c)

    cohort = zero
    import datetime as _dt
    limit = end + _dt.timedelta(days=age)
    for d in data.won:
        inq = data.lead_inquiry(d)
        if inq is None or not (start <= inq["date"] <= end) or d["closed"] > limit:
            continue
        cohort += d["amount"]
        for sid, c in credit(inq).items():
            add(sid, "cohort", c * d["amount"])

    def scope(p, leads_n, spend):
        g = lambda k: p.get(k, zero)
        return {
            "won_leads": g("won_leads"),
            "qualified_leads": g("qualified_leads"),
            "qualified_pct": pct(g("qualified_leads"), leads_n),
            "cost_per_qualified_lead": div(spend, g("qualified_leads")),
            "quoted_leads": g("quoted_leads"),
            "quote_rate_pct": pct(g("quoted_leads"), leads_n),
            "quotes": g("quotes"),
            "quoted_value": g("quoted_value"),
            "quote_hit_rate_pct": pct(g("decided_won"), g("decided")),
            "cohort_revenue": g("cohort"),
            "cohort_roi_pct": roi(g("cohort"), spend, data.margin),
        }

    for s in data.sources:
        sources[s["id"]].update(scope(per.get(s["id"], {}), sources[s["id"]]["leads"],
                                      spend_by_source.get(s["id"], zero)))
    for c in data.channels:
        members = [s["id"] for s in data.sources if s["channel_id"] == c["id"]]
        tot = {}
        for m in members:
            for k, v in per.get(m, {}).items():
                tot[k] = tot.get(k, zero) + v
        channels[c["id"]].update(scope(tot, channels[c["id"]]["leads"],
                                       sum((spend_by_source.get(m, zero) for m in members), zero)))

    n = Fraction(len(leads))
    company.update({
        "won_leads": Fraction(won_leads),
        "qualified_leads": Fraction(qualified),
        "qualified_pct": pct(qualified, n),
        "cost_per_qualified_lead": div(total_spend, qualified),
        "quoted_leads": Fraction(quoted_leads),
        "quote_rate_pct": pct(quoted_leads, n),
        "quotes": Fraction(quotes),
        "quoted_value": quoted_value,
        "quote_hit_rate_pct": pct(decided_won, decided),
        "quote_to_order_days": div(sum(days), len(days)) if days else None,
        "quote_to_order_median_days": median(days),
        "cohort_revenue": cohort,
        "cohort_roi_pct": roi(cohort, total_spend, data.margin),
        "cohort_maturity_pct": None,
        "cohort_expected_revenue": None,
        "cohort_expected_roi_pct": None,
    })
    for s in sources.values():
        s.update({"cohort_expected_revenue": None, "cohort_expected_roi_pct": None})
    for c in channels.values():
        c.update({"cohort_expected_revenue": None, "cohort_expected_roi_pct": None})

    # Channel activity: for every metric any row holds.
    for m in fu.metrics:
        counts = {}
        for month, sid, metric, count in fu.activity:
            if metric == m and start <= month <= end:
                counts[sid] = counts.get(sid, 0) + count

        def act(members, obj):
            reporting = [sid for sid in members if sid in counts]
            total = sum(counts[sid] for sid in reporting)
            spend = sum((spend_by_source.get(sid, zero) for sid in reporting), zero)
            leads_ = sum((per_leads(sid) for sid in reporting), zero)
            obj["activity." + m] = Fraction(total)
            obj["cost_per." + m] = div(spend, total)
            obj["to_lead_pct." + m] = pct(leads_, total)

        def per_leads(sid):
            return sources[sid]["leads"] if sid in sources else zero

        all_ids = set(counts) | {s["id"] for s in data.sources}
        act(all_ids, company)
        for s in data.sources:
            act([s["id"]], sources[s["id"]])
        for c in data.channels:
            act([s["id"] for s in data.sources if s["channel_id"] == c["id"]], channels[c["id"]])


def has_qualified(data, fu, start, end):
    """Whether a lead received in [start, end] carries a qualified_at."""
    return any(inq["is_lead"] and start <= inq["date"] <= end and inq["id"] in fu.qualified
               for inq in data.inquiries.values())


def has_count(fu, metric, start, end):
    return any(m == metric and start <= month <= end for month, _, m, _ in fu.activity)


def cohort_sums(data, start, end, age):
    """(early, all) of the company's cohort of [start, end]."""
    import datetime as _dt
    limit = end + _dt.timedelta(days=age)
    early = every = Fraction(0)
    for d in data.won:
        inq = data.lead_inquiry(d)
        if inq is None or not (start <= inq["date"] <= end):
            continue
        every += d["amount"]
        if d["closed"] <= limit:
            early += d["amount"]
    return early, every


def expect(data, f, company, channels, sources):
    """Sets maturity and the expected cohort figures from f."""
    if f is None:
        return
    company["cohort_maturity_pct"] = f * HUNDRED
    for obj in [company] + list(channels.values()) + list(sources.values()):
        exp = obj["cohort_revenue"] / f
        obj["cohort_expected_revenue"] = exp
        obj["cohort_expected_roi_pct"] = roi(exp, obj["spend"], data.margin)
