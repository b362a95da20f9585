"""The measured statements: each as Funnel text and as DuckDB SQL written from
domain.md's definitions (../shared/spec/domain.md §2-§6), not from Funnel's code.

Every SQL text takes the dataset's `as_of` day as today (T of an open period), as
Funnel does without --today. Periods are written out as day ranges; a piece's T is
the earlier of its end and today (domain.md §2).
"""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Statement:
    key: str          # short name for the table and the JSON results
    label: str        # what the table shows
    funnel: str       # the Funnel statement
    needs_kpi: bool   # uses the KPI/report part of the engine
    sql: object       # function(as_of: date) -> str


def _d(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


# The first day each card came to the showroom (domain.md §3 `visits`): the capture
# day of a walk-in card, or a follow-up of kind `visit`. A card has visited by T
# exactly when this day is <= T, so one column serves every T.
FIRST_VISIT = """
    first_visit AS (
        SELECT c.*,
               least(CASE WHEN c.channel = 'walkin' THEN c.created END, v.first_day) AS first_visit
        FROM customers c
        LEFT JOIN (SELECT customer, min("date") AS first_day FROM followups
                   WHERE kind = 'visit' GROUP BY customer) v ON v.customer = c.id
    )"""


def _base(start: date, t_expr: str, source: str = "first_visit") -> str:
    """base(P) = opening ∪ new (domain.md §4): opening cards were captured before P and
    were following (neither delivered nor lost) on start - 1; new cards were captured
    in [start, T]."""
    s = _d(start)
    return f"""
        SELECT * FROM {source}
        WHERE (created < {s}
               AND coalesce(delivered, DATE '9999-12-31') > {s} - 1
               AND coalesce(lost, DATE '9999-12-31') > {s} - 1)
           OR (created >= {s} AND created <= {t_expr})"""


def _month(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def select_sql(as_of: date) -> str:
    t = _d(as_of)
    # card_age = T - created, defined for cards captured by T (domain.md §3).
    return f"""
        SELECT id, consultant, grade, {t} - created AS card_age
        FROM customers
        WHERE grade IN ('H', 'A') AND created <= {t} AND {t} - created > 60"""


def count_sql(as_of: date) -> str:
    t = _d(as_of)
    # following at T: captured by T, neither delivered nor lost by T (domain.md §3).
    return f"""
        SELECT consultant, grade, count(*) AS count
        FROM customers
        WHERE created <= {t}
          AND coalesce(delivered, DATE '9999-12-31') > {t}
          AND coalesce(lost, DATE '9999-12-31') > {t}
        GROUP BY consultant, grade"""


def _first_visit_rate(as_of: date, grouped: bool) -> str:
    start, end = _month(2010, 10)
    t = _d(min(end, as_of))
    # Grouped: one row per consultant and a total row (is_total = 1).
    keys = "consultant AS grp, grouping(consultant) AS is_total," if grouped else ""
    group_by = "GROUP BY GROUPING SETS ((consultant), ())" if grouped else ""
    return f"""
        WITH {FIRST_VISIT},
        base AS ({_base(start, t)})
        SELECT {keys}
               count(*) FILTER (WHERE first_visit <= {t}) AS numerator,
               count(*) AS denominator
        FROM base
        WHERE channel IN ('phone', 'outreach')
        {group_by}"""


def first_visit_rate_sql(as_of: date) -> str:
    return _first_visit_rate(as_of, grouped=False)


def first_visit_rate_by_consultant_sql(as_of: date) -> str:
    return _first_visit_rate(as_of, grouped=True)


def overall_visit_rate_by_month_sql(as_of: date) -> str:
    # Each month is its own period with its own T and base; the total row is the year
    # as one period. Pieces that start after today are left out.
    pieces = [(f"2010-{m:02d}",) + _month(2010, m) for m in range(1, 13)]
    pieces.append(("total", date(2010, 1, 1), date(2010, 12, 31)))
    values = ", ".join(
        f"('{label}', {_d(s)}, {_d(min(e, as_of))})" for label, s, e in pieces if s <= as_of)
    return f"""
        WITH {FIRST_VISIT},
        pieces(label, s, t) AS (VALUES {values})
        SELECT p.label,
               count(*) FILTER (WHERE c.first_visit <= p.t) AS numerator,
               count(*) AS denominator
        FROM pieces p JOIN first_visit c
          ON (c.created < p.s
              AND coalesce(c.delivered, DATE '9999-12-31') > p.s - 1
              AND coalesce(c.lost, DATE '9999-12-31') > p.s - 1)
          OR (c.created >= p.s AND c.created <= p.t)
        GROUP BY p.label"""


def funnel_sql(as_of: date) -> str:
    # domain.md §6 funnel: traffic in P → new cards → of those visited by T →
    # test-driven by T → ordered by T → delivered by T. A stage counts the new cards
    # that reached it or a later stage by T (a delivered card passed every stage);
    # "ordered by T" also takes a card delivered by T without an order date (docs/kpis.md,
    # meaning 14). `skipped` = a stage's cards without a record of its own step.
    start, end = _month(2010, 10)
    s, t = _d(start), _d(min(end, as_of))
    return f"""
        WITH {FIRST_VISIT},
        new AS (
            SELECT coalesce(c.first_visit <= {t}, false) AS v,
                   coalesce(td.n, 0) > 0 AS d,
                   coalesce(least(c.ordered, c.delivered) <= {t}, false) AS o,
                   coalesce(c.delivered <= {t}, false) AS w
            FROM first_visit c
            LEFT JOIN (SELECT customer, count(*) AS n FROM followups
                       WHERE test_drive AND "date" <= {t} GROUP BY customer) td ON td.customer = c.id
            WHERE c.created >= {s} AND c.created <= {t}
        )
        SELECT (SELECT count(*) FROM traffic WHERE "time" >= {s} AND "time" <= {t}) AS traffic,
               count(*) AS new_cards,
               count(*) FILTER (WHERE v OR d OR o OR w) AS visited,
               count(*) FILTER (WHERE d OR o OR w) AS test_driven,
               count(*) FILTER (WHERE o OR w) AS ordered,
               count(*) FILTER (WHERE w) AS delivered,
               count(*) FILTER (WHERE NOT v AND (d OR o OR w)) AS visited_skipped,
               count(*) FILTER (WHERE NOT d AND (o OR w)) AS test_driven_skipped,
               count(*) FILTER (WHERE NOT o AND w) AS ordered_skipped,
               0 AS delivered_skipped
        FROM new"""


def inventory_sql(as_of: date) -> str:
    # domain.md §4/§6 进销存 per month of 2010-Q3 and for the quarter: opening, in
    # (new), deliveries, losses (events in [start, T]), closing (following at T); and
    # where each period's deliveries came from (seed 002 §4, docs/kpis.md meaning 15):
    # opening cards ordered before P, other opening cards, new walk-in/phone cards, new
    # outreach cards, new cards without a channel, cards outside the base.
    pieces = [(f"2010-{m:02d}",) + _month(2010, m) for m in (7, 8, 9)]
    pieces.append(("2010-Q3", date(2010, 7, 1), date(2010, 9, 30)))
    values = ", ".join(
        f"('{label}', {_d(s)}, {_d(min(e, as_of))})" for label, s, e in pieces if s <= as_of)
    far = "DATE '9999-12-31'"
    return f"""
        WITH pieces(label, s, t) AS (VALUES {values}),
        flags AS (
            SELECT p.label,
                   c.created < p.s AND coalesce(c.delivered, {far}) > p.s - 1
                       AND coalesce(c.lost, {far}) > p.s - 1 AS opening,
                   c.created >= p.s AND c.created <= p.t AS new,
                   coalesce(c.delivered >= p.s AND c.delivered <= p.t, false) AS delivery,
                   coalesce(c.lost >= p.s AND c.lost <= p.t, false) AS loss,
                   c.created <= p.t AND coalesce(c.delivered, {far}) > p.t
                       AND coalesce(c.lost, {far}) > p.t AS closing,
                   coalesce(c.ordered < p.s, false) AS ordered_before,
                   c.channel
            FROM pieces p CROSS JOIN customers c
        )
        SELECT label,
               count(*) FILTER (WHERE opening) AS opening,
               count(*) FILTER (WHERE new) AS "in",
               count(*) FILTER (WHERE delivery) AS deliveries,
               count(*) FILTER (WHERE loss) AS losses,
               count(*) FILTER (WHERE closing) AS closing,
               count(*) FILTER (WHERE delivery AND opening AND ordered_before) AS opening_ordered,
               count(*) FILTER (WHERE delivery AND opening AND NOT ordered_before) AS opening_other,
               count(*) FILTER (WHERE delivery AND new AND channel IN ('walkin', 'phone')) AS new_showroom,
               count(*) FILTER (WHERE delivery AND new AND channel = 'outreach') AS new_outreach,
               count(*) FILTER (WHERE delivery AND new AND channel IS NULL) AS new_no_channel,
               count(*) FILTER (WHERE delivery AND NOT opening AND NOT new) AS outside_base
        FROM flags
        GROUP BY label"""


STATEMENTS = [
    Statement("select", "select: grade in (H, A) and card_age > 60",
              "select id, consultant, grade, card_age from customers where grade in (H, A) and card_age > 60",
              False, select_sql),
    Statement("count", "count following by consultant, grade",
              "count customers where status = following by consultant, grade", False, count_sql),
    Statement("kpi_first", "kpi first_visit_rate for 2010-10",
              "kpi first_visit_rate for 2010-10", True, first_visit_rate_sql),
    Statement("kpi_first_by", "kpi first_visit_rate for 2010-10 by consultant",
              "kpi first_visit_rate for 2010-10 by consultant", True, first_visit_rate_by_consultant_sql),
    Statement("kpi_overall_month", "kpi overall_visit_rate for 2010 by month",
              "kpi overall_visit_rate for 2010 by month", True, overall_visit_rate_by_month_sql),
    Statement("funnel", "funnel for 2010-10", "funnel for 2010-10", True, funnel_sql),
    Statement("inventory", "inventory for 2010-Q3 by month",
              "inventory for 2010-Q3 by month", True, inventory_sql),
]
