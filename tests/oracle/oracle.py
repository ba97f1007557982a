#!/usr/bin/env python3
"""Independent reference implementation of shared/spec/metrics.md.

Written without looking at the Rust engine so that the two can be checked
against each other. Standard library only; every figure is an exact
`fractions.Fraction` except the time-decay weights 2^(-d/h) and the square root
of the benchmark band, which are computed with `decimal` at 60 digits.

Usage:
    python3 oracle.py DATASET.json FROM TO AS_OF MODEL

prints one JSON object with `company`, `channels`, `sources`, `benchmarks`
and `source_benchmarks`; numbers are decimal strings with 6 decimals, `null`
where a figure is undefined.
"""

import datetime as dt
import decimal
import json
import sys
from fractions import Fraction

# Found beside this script: Python puts the script's own folder first on
# sys.path when it is run directly, and the unit tests add that folder.
import funnel
from dataset import DEC_CTX, Data, customer_key, parse_date, parse_money

MODELS = ("first_touch", "last_touch", "linear", "position_based", "time_decay", "data_driven")

COMPANY_KEYS = (
    "leads", "spend", "revenue", "total_revenue", "roi_pct", "romi", "cpl",
    "won_deals", "deal_conversion_pct", "lead_to_customer_pct", "new_customers",
    "cac", "cac_inbound", "cac_outbound", "value_converted_pct", "sales_cycle_days",
    "sales_cycle_median_days", "visitor_to_lead_pct", "unknown_source_pct",
    "retention_pct", "clv", "clv_to_cac",
) + funnel.COMPANY_KEYS
SCOPE_KEYS = (
    "leads", "spend", "revenue", "roi_pct", "romi", "cpl", "won_deals",
    "deal_conversion_pct", "lead_to_customer_pct", "new_customers", "cac",
    "visitor_to_lead_pct",
)
SOURCE_BENCHMARK_KEYS = ("leads", "spend", "revenue", "roi_pct", "cpl")

HUNDRED = Fraction(100)


# ---------------------------------------------------------------- helpers

def shift_years(day, years):
    """The same day `years` years earlier; 29 February becomes 28 February."""
    year = day.year - years
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def div(num, den):
    """num / den, or None when either is undefined or den is zero."""
    if num is None or den is None or den == 0:
        return None
    return Fraction(num) / Fraction(den)


def pct(num, den):
    q = div(num, den)
    return None if q is None else q * HUNDRED


def sqrt_fraction(x):
    d = DEC_CTX.divide(decimal.Decimal(x.numerator), decimal.Decimal(x.denominator))
    return Fraction(DEC_CTX.sqrt(d))


def fmt(x):
    """A Fraction as a decimal string with 6 decimals, half away from zero."""
    if x is None:
        return None
    x = Fraction(x)
    neg = x < 0
    scaled = abs(x) * 10 ** 6
    n = int(scaled)
    if scaled - n >= Fraction(1, 2):
        n += 1
    whole, frac = divmod(n, 10 ** 6)
    sign = "-" if neg and n != 0 else ""
    return f"{sign}{whole}.{frac:06d}"


# ---------------------------------------------------------------- data-driven

def absorbing_conversion(trans, removed=None):
    """P(reach CONVERSION from START) of the chain `trans`, with `removed`
    turned into NULL. trans: state -> {next state: count}.

    For every transient state s: total_s x_s - sum_j count_sj x_j = count_s,CONV,
    an integer system solved exactly by fraction-free (Bareiss) elimination."""
    states = [s for s in trans if s != "START" and s != removed]
    index = {s: i for i, s in enumerate(states)}
    n = len(states)
    mat = []
    for s in states:
        out = trans[s]
        row = [0] * (n + 1)
        row[index[s]] += sum(out.values())
        for nxt, c in out.items():
            if nxt == "CONV":
                row[n] += c
            elif nxt in index:
                row[index[nxt]] -= c
        mat.append(row)
    prev = 1
    for k in range(n):
        pivot = next(r for r in range(k, n) if mat[r][k] != 0)
        mat[k], mat[pivot] = mat[pivot], mat[k]
        akk = mat[k][k]
        for i in range(k + 1, n):
            aik = mat[i][k]
            row_i, row_k = mat[i], mat[k]
            for j in range(k + 1, n + 1):
                row_i[j] = (row_i[j] * akk - aik * row_k[j]) // prev
            row_i[k] = 0
        prev = akk
    x = [Fraction(0)] * n
    for i in range(n - 1, -1, -1):
        acc = Fraction(mat[i][n]) - sum(mat[i][j] * x[j] for j in range(i + 1, n))
        x[i] = acc / mat[i][i]
    start = trans["START"]
    total = sum(start.values())
    reach = Fraction(start.get("CONV", 0))
    for nxt, c in start.items():
        if nxt in index:
            reach += c * x[index[nxt]]
    return reach / total


def removal_effects(data, leads, end):
    """Source id -> RE(s) from the paths of a period's leads (CONV when the
    inquiry has a won deal closed on or before `end`), or None when the model
    is undefined (P(conv) = 0 or sum RE = 0). A source no path visits is
    missing: its RE is 0."""
    trans = {"START": {}}
    for inq in leads:
        path = []
        for sid, _ in inq["touches"]:
            if not path or path[-1] != sid:
                path.append(sid)
        conv = data.first_won_close.get(inq["id"])
        last = "CONV" if conv is not None and conv <= end else "NULL"
        steps = ["START"] + path + [last]
        for a, b in zip(steps, steps[1:]):
            trans.setdefault(a, {})
            trans[a][b] = trans[a].get(b, 0) + 1
    if not trans["START"]:
        return None
    p_conv = absorbing_conversion(trans)
    if p_conv == 0:
        return None
    re = {}
    for s in trans:
        if s == "START":
            continue
        re[s] = 1 - absorbing_conversion(trans, removed=s) / p_conv
    if sum(re.values()) == 0:
        return None
    return re


def data_driven_credit(data, inq, re):
    """One lead's credit per source id: its unit split among the distinct
    sources of its touchpoints in proportion to RE; linear when all of them
    have RE 0."""
    sources = {sid for sid, _ in inq["touches"]}
    total = sum(re.get(sid, Fraction(0)) for sid in sources)
    if total == 0:
        return data.credit(inq, "linear")
    return {sid: re.get(sid, Fraction(0)) / total for sid in sources}


# ---------------------------------------------------------------- figures

def period_figures(data, start, end, model, fu=None, age=0):
    """Every figure of the period [start, end] under `model`.

    Returns (company, channels, sources, fallback) with channels and sources
    keyed by id, values Fraction or None."""
    zero = Fraction(0)
    leads = [
        inq for inq in data.inquiries.values()
        if inq["is_lead"] and start <= inq["date"] <= end
    ]
    won_in_p = [d for d in data.won if start <= d["closed"] <= end]
    attributed = [(d, data.lead_inquiry(d)) for d in won_in_p]
    attributed = [(d, inq) for d, inq in attributed if inq is not None]
    new_customers = [d for d in data.first_deal.values() if start <= d["closed"] <= end]

    def converted(inq):
        c = data.first_won_close.get(inq["id"])
        return c is not None and c <= end

    sids = [s["id"] for s in data.sources]
    acc = {sid: {"leads": zero, "won": zero, "revenue": zero, "converted": zero,
                 "newc": zero} for sid in sids}

    def add(sid, key, value):
        if sid not in acc:  # A touchpoint naming a source that does not exist.
            acc[sid] = {"leads": zero, "won": zero, "revenue": zero,
                        "converted": zero, "newc": zero}
        acc[sid][key] += value

    company_converted = sum(1 for inq in leads if converted(inq))
    company_won = len(attributed)
    company_revenue = sum((d["amount"] for d, _ in attributed), zero)

    fallback = False
    if model == "data_driven":
        # The period's removal effects split every credit of the period: its
        # leads' and its won deals', whenever their lead arrived.
        re = removal_effects(data, leads, end)
        fallback = re is None
        cache = {}

        def credit(inq):
            if re is None:
                return data.credit(inq, "linear")
            if inq["id"] not in cache:
                cache[inq["id"]] = data_driven_credit(data, inq, re)
            return cache[inq["id"]]
    else:
        def credit(inq):
            return data.credit(inq, model)

    for inq in leads:
        conv = converted(inq)
        for sid, c in credit(inq).items():
            add(sid, "leads", c)
            if conv:
                add(sid, "converted", c)
    for d, inq in attributed:
        for sid, c in credit(inq).items():
            add(sid, "won", c)
            add(sid, "revenue", c * d["amount"])
    for d in new_customers:
        inq = data.lead_inquiry(d)
        if inq is None:
            continue
        for sid, c in credit(inq).items():
            add(sid, "newc", c)

    spend_by_source = {}
    general = {"inbound": zero, "outbound": zero, "shared": zero}
    total_spend = zero
    for s in data.spend:
        if not (start <= s["date"] <= end):
            continue
        total_spend += s["amount"]
        if s["source_id"] is None:
            general[s["direction"]] += s["amount"]
        else:
            spend_by_source[s["source_id"]] = spend_by_source.get(s["source_id"], zero) + s["amount"]

    visitors_by_source = {}
    for month, sid, v in data.traffic:
        if start <= month <= end:
            visitors_by_source[sid] = visitors_by_source.get(sid, 0) + v

    def totals(members):
        keys = ("leads", "won", "revenue", "converted", "newc")
        return {k: sum((acc[m][k] for m in members), zero) for k in keys}

    def scope(leads_, spend_, revenue_, won_, conv_, newc_, visitors_):
        return {
            "leads": leads_,
            "spend": spend_,
            "revenue": revenue_,
            "roi_pct": pct(revenue_ * data.margin - spend_, spend_),
            "romi": div(revenue_, spend_),
            "cpl": div(spend_, leads_),
            "won_deals": won_,
            "deal_conversion_pct": pct(won_, leads_),
            "lead_to_customer_pct": pct(conv_, leads_),
            "new_customers": newc_,
            "cac": div(spend_, newc_),
            "visitor_to_lead_pct": pct(leads_, visitors_),
        }

    sources = {}
    for s in data.sources:
        a = acc[s["id"]]
        sources[s["id"]] = scope(a["leads"], spend_by_source.get(s["id"], zero), a["revenue"],
                                 a["won"], a["converted"], a["newc"],
                                 visitors_by_source.get(s["id"], 0))
    channels = {}
    for c in data.channels:
        members = [s["id"] for s in data.sources if s["channel_id"] == c["id"]]
        tot = totals(members)
        channels[c["id"]] = scope(tot["leads"], sum((spend_by_source.get(m, zero) for m in members), zero),
                                  tot["revenue"], tot["won"], tot["converted"], tot["newc"],
                                  sum(visitors_by_source.get(m, 0) for m in members))

    # Company.
    n_leads = Fraction(len(leads))
    total_revenue = sum((d["amount"] for d in won_in_p), zero)
    company = scope(n_leads, total_spend, company_revenue, Fraction(company_won),
                    Fraction(company_converted), Fraction(len(new_customers)),
                    sum(v for month, _, v in data.traffic if start <= month <= end))
    company["total_revenue"] = total_revenue

    for direction in ("inbound", "outbound"):
        dir_spend = general[direction]
        dir_newc = zero
        for s in data.sources:
            ch = data.channel_by_id.get(s["channel_id"])
            if ch is None or ch["direction"] != direction:
                continue
            dir_spend += spend_by_source.get(s["id"], zero)
            dir_newc += acc[s["id"]]["newc"]
        company["cac_" + direction] = div(dir_spend, dir_newc)

    year_target = data.targets.get(start.year)
    if year_target is None:
        company["value_converted_pct"] = None
    else:
        days = (end - start).days + 1
        year_days = (dt.date(start.year + 1, 1, 1) - dt.date(start.year, 1, 1)).days
        target = year_target * Fraction(days, year_days) if days < year_days else year_target
        company["value_converted_pct"] = pct(total_revenue, target)

    cycles = sorted((d["closed"] - inq["date"]).days for d, inq in attributed)
    if cycles:
        company["sales_cycle_days"] = Fraction(sum(cycles), len(cycles))
        m = len(cycles)
        if m % 2:
            company["sales_cycle_median_days"] = Fraction(cycles[m // 2])
        else:
            company["sales_cycle_median_days"] = Fraction(cycles[m // 2 - 1] + cycles[m // 2], 2)
    else:
        company["sales_cycle_days"] = None
        company["sales_cycle_median_days"] = None

    unknown = sum(1 for inq in leads if inq["source_id"] == data.unknown_id)
    company["unknown_source_pct"] = pct(unknown, n_leads)

    prior_start, prior_end = shift_years(start, 1), shift_years(end, 1)
    before = {d["customer"] for d in data.won if prior_start <= d["closed"] <= prior_end}
    now = {d["customer"] for d in won_in_p}
    company["retention_pct"] = pct(len(before & now), len(before))

    company["clv"] = clv(data, end)
    company["clv_to_cac"] = div(company["clv"], company["cac"])

    if fu is not None:
        funnel.add_funnel(data, fu, start, end, age, leads, credit, spend_by_source,
                          total_spend, company, channels, sources)
    # The flat activity keys (activity.<m>, …) follow the fixed ones.
    company = {k: company[k] for k in COMPANY_KEYS if k in company} | {
        k: v for k, v in company.items() if "." in k}
    return company, channels, sources, fallback


def clv(data, end):
    deals = [d for d in data.won if d["closed"] <= end]
    if not deals:
        return None
    aov = sum((d["amount"] for d in deals), Fraction(0)) / len(deals)
    per = {}
    for d in deals:
        per.setdefault(d["customer"], []).append(d["closed"])
    freqs, lifespans = [], []
    for dates in per.values():
        life = max(Fraction(1), Fraction((max(dates) - min(dates)).days, 365))
        lifespans.append(life)
        freqs.append(Fraction(len(dates)) / life)
    f = sum(freqs) / len(freqs)
    lspan = sum(lifespans) / len(lifespans)
    return aov * f * lspan


# ---------------------------------------------------------------- benchmarks

def benchmark(value, priors):
    """priors: list of (k, figure) for the taking-part prior periods."""
    prev = next((v for k, v in priors if k == 1), None)
    delta = None if value is None or prev is None else value - prev
    delta_pct = None if delta is None or prev == 0 else delta / abs(prev) * HUNDRED
    n = len(priors)
    expected = band = status = None
    band_sq = None
    if n >= 1:
        xs = [Fraction(-k) for k, _ in priors]
        ys = [v for _, v in priors]
        xbar = sum(xs) / n
        ybar = sum(ys) / n
        sxx = sum((x - xbar) ** 2 for x in xs)
        slope = Fraction(0) if sxx == 0 else sum((x - xbar) * (y - ybar) for x, y in zip(xs, ys)) / sxx
        intercept = ybar - slope * xbar
        expected = intercept
        if n >= 3:
            ssr = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys))
            band_sq = ssr / (n - 2)
            band = sqrt_fraction(band_sq) if band_sq else Fraction(0)
        else:
            band = abs(expected) / 10
            band_sq = band * band
    if value is not None and expected is not None:
        diff = value - expected
        # Compare squares so that a value exactly on the edge is "within".
        if diff * diff <= band_sq:
            status = "within"
        elif diff < 0:
            status = "below"
        else:
            status = "above"
    return {"value": value, "prev": prev, "delta": delta, "delta_pct": delta_pct,
            "expected": expected, "band": band, "status": status}


def fmt_benchmark(b):
    out = {k: fmt(v) for k, v in b.items() if k != "status"}
    out["status"] = b["status"]
    return out


# ---------------------------------------------------------------- entry

def compute(raw, start, to, as_of, model):
    """Exact results (Fractions) of the oracle for one request."""
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; one of {', '.join(MODELS)}")
    data = Data(raw, as_of)
    fu = funnel.Funnel(raw, data, parse_date, parse_money, customer_key)
    end = min(to, as_of)
    age = max(0, (as_of - end).days) if start <= end else 0
    company, channels, sources, fallback = period_figures(data, start, end, model, fu, age)

    priors = []
    spans = {}
    for k in range(1, 6):
        ps, pe = shift_years(start, k), shift_years(end, k)
        spans[k] = (ps, pe)
        if data.has_record(ps, pe):
            priors.append((k, period_figures(data, ps, pe, model, fu, age)))

    # Cohort maturity from the five earlier cohorts held at this age.
    early = every = Fraction(0)
    for k in range(1, 6):
        e, a = funnel.cohort_sums(data, spans[k][0], spans[k][1], age)
        if a > 0:
            early += e
            every += a
    f = early / every if every > 0 and early > 0 else None
    if start <= end:
        funnel.expect(data, f, company, channels, sources)

    benchmarks = {}
    for key in list(company):
        if key in funnel.NO_BENCHMARK:
            pts = []
        elif key in funnel.QUALIFICATION_KEYS:
            pts = [(k, fig[0][key]) for k, fig in priors if fig[0][key] is not None
                   and funnel.has_qualified(data, fu, *spans[k])]
        elif "." in key:
            metric = key.split(".", 1)[1]
            pts = [(k, fig[0].get(key)) for k, fig in priors if fig[0].get(key) is not None
                   and funnel.has_count(fu, metric, *spans[k])]
        else:
            pts = [(k, fig[0][key]) for k, fig in priors if fig[0][key] is not None]
        benchmarks[key] = benchmark(company[key], pts)
    source_benchmarks = {}
    for s in data.sources:
        sb = {}
        for key in SOURCE_BENCHMARK_KEYS:
            pts = [(k, f[2][s["id"]][key]) for k, f in priors if f[2][s["id"]][key] is not None]
            sb[key] = benchmark(sources[s["id"]][key], pts)
        source_benchmarks[s["name"]] = sb

    return {
        "data": data,
        "effective_end": end,
        "company": company,
        "channels": channels,
        "sources": sources,
        "fallback": fallback,
        "benchmarks": benchmarks,
        "source_benchmarks": source_benchmarks,
    }


def to_json(result):
    data = result["data"]
    out = {
        "model": None,
        "effective_end": result["effective_end"].isoformat(),
        "company": {k: fmt(v) for k, v in result["company"].items()},
        "channels": [],
        "sources": [],
        "benchmarks": {k: fmt_benchmark(b) for k, b in result["benchmarks"].items()},
        "source_benchmarks": {
            name: {k: fmt_benchmark(b) for k, b in sb.items()}
            for name, sb in result["source_benchmarks"].items()
        },
    }
    for c in data.channels:
        row = {"name": c["name"], "direction": c["direction"]}
        row.update({k: fmt(v) for k, v in result["channels"][c["id"]].items()})
        out["channels"].append(row)
    for s in data.sources:
        ch = data.channel_by_id.get(s["channel_id"])
        row = {"name": s["name"], "channel": ch["name"] if ch else None}
        row.update({k: fmt(v) for k, v in result["sources"][s["id"]].items()})
        out["sources"].append(row)
    if result["fallback"]:
        out["fallback_model"] = "linear"
    return out


def run(raw, start, to, as_of, model):
    out = to_json(compute(raw, start, to, as_of, model))
    out["model"] = model
    return out


def main(argv):
    if len(argv) != 6:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        raw = json.load(f)
    start, to, as_of = (dt.date.fromisoformat(a) for a in argv[2:5])
    out = run(raw, start, to, as_of, argv[5])
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
