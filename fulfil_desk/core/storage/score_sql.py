"""Seller-score windows counted in SQL over `score_orders` (storage/schema/scores.py).

Each order predicate of `core/scores/score_rules.py` is written here once more as an SQL expression
of one score row and the window's end `:e`; the Python predicates stay the reference, and
tests/core/test_score_sql.py checks that both count the same on generated shops. Times are
julian days from whole milliseconds, as SQLite's `julianday()` computes them, so an instant
equals itself to the bit. Rows marked `local` (a time without a UTC offset) are not counted
here: `local_ids` lists them for the Python rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.storage.db import Database, transaction
from fulfil_desk.core.storage.schema.scores import ADD_MISSING_PAST_LAST, ADD_RANGE

SLACK_DAYS = 2  # a time without an offset, read as UTC, is at most this far off
MS_PER_DAY = 86_400_000
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_UNIX_EPOCH_JD_MS = 210_866_760_000_000  # julian day 2440587.5 in milliseconds
HALF_MS = 0.5 / MS_PER_DAY  # less than the distance of any two distinct instants


def add_score_rows(conn: Database, first_id: int, last_id: int) -> None:
    """The score rows of the orders first_id … last_id (new ones, or written by other means
    than `OrderRepo`), in the caller's transaction."""
    conn.execute(ADD_RANGE, [first_id, last_id])


def add_missing_score_rows(db: Database) -> int:
    """Score rows for orders past the last one that has one (orders written by other means
    than `OrderRepo`); how many were added."""
    missing = db.execute(
        "SELECT (SELECT coalesce(MAX(id), 0) FROM orders)"
        " > (SELECT coalesce(MAX(id), 0) FROM score_orders)"
    ).fetchone()[0]
    if not missing:
        return 0
    try:
        with transaction(db):
            return db.execute(ADD_MISSING_PAST_LAST).rowcount
    except Exception as exc:
        if isinstance(exc, (*db.operational_errors, UserError)):  # read-only, or busy:
            return 0  # the next open will
        raise


def jd(moment: datetime) -> float:
    """A julian day as SQLite's julianday() computes it: whole milliseconds / 86,400,000."""
    ms = (moment - _UNIX_EPOCH) // timedelta(milliseconds=1)
    return (ms + _UNIX_EPOCH_JD_MS) / MS_PER_DAY


def _by(column: str) -> str:
    return f"({column} IS NOT NULL AND {column} <= :e)"


_CANCELLED = "(CASE WHEN cancelled IS NULL THEN state = 2 ELSE cancelled <= :e END)"
_CONFIRMED = _by("shipped")
_UNKNOWN = "(state = 1 AND shipped IS NULL)"
_SELLER_CANCELLED = f"({_CANCELLED} AND by_seller = 1)"
_SHIPPED_LATE = (
    f"(ship_by IS NOT NULL AND NOT {_UNKNOWN}"
    f" AND CASE WHEN {_CONFIRMED} THEN shipped > ship_by ELSE ship_by < :e END)"
)
_DELIVERED_ON_TIME = (
    f"({_by('delivered')} AND promised IS NOT NULL AND delivered <= promised"
    f" AND NOT {_by('late_report')})"
)
_DEAR = (
    "(SELECT MIN(l.currency) = 'USD' AND SUM(l.quantity * coalesce(l.unit_price_minor, 0))"
    " >= 10000 FROM order_lines l WHERE l.order_id = score_orders.id)"
)

# score_rules.PREDICATES of orders, over the columns of score_orders.
PREDICATES = {
    "all_orders": "(1 = 1)",
    "not_cancelled": f"(NOT {_CANCELLED})",
    "seller_cancelled": _SELLER_CANCELLED,
    "due_to_ship": (
        f"(ship_by IS NOT NULL AND NOT {_CANCELLED} AND NOT {_UNKNOWN}"
        f" AND ({_CONFIRMED} OR ship_by < :e))"
    ),
    "shipped_late": _SHIPPED_LATE,
    "shipped_on_time": f"({_CONFIRMED} AND ship_by IS NOT NULL AND shipped <= ship_by)",
    "shipped": _CONFIRMED,
    "valid_tracking": f"({_CONFIRMED} AND tracked = 1)",
    "delivery_due": (
        f"({_CONFIRMED} AND promised IS NOT NULL AND ({_by('delivered')} OR promised < :e))"
    ),
    "delivered_on_time": _DELIVERED_ON_TIME,
    "amazon_defect": _by("defect"),
    "ebay_defect": f"(({_SELLER_CANCELLED} AND undeliverable = 0) OR {_by('case_at')})",
    "ebay_late": f"({_by('late_report')} OR ({_SHIPPED_LATE} AND NOT {_DELIVERED_ON_TIME}))",
    "shopee_not_fulfilled": f"({_SELLER_CANCELLED} OR {_by('return_at')})",
    "wish_late_confirmed": (
        f"({_CONFIRMED} AND shipped - ordered > (CASE WHEN {_DEAR} THEN 14 ELSE 7 END) + :half)"
    ),
}
USES_LINES = frozenset({"wish_late_confirmed"})  # reads order_lines, which no trigger watches
DATES = {"ordered_at": "ordered", "ship_by": "ship_by", "shipped_at": "shipped",
         "promised_delivery": "promised"}  # fmt: skip


@dataclass(frozen=True)
class CountSpec:
    """Orders of `marketplace` dated by `date` (a score_rules.DATES name), those in
    `denominator`, and of them those in `numerator`. A problem is a counted order in the
    numerator when `lower_is_better`, outside it otherwise."""

    marketplace: str
    date: str
    numerator: str
    denominator: str
    lower_is_better: bool


@dataclass(frozen=True)
class WindowCount:
    numerator: int
    denominator: int
    problems: tuple[tuple[float, int], ...] = ()  # (julian day, order id), when asked for


_NUMERATOR_UNIT = 1 << 32  # one sum carries both counts: denominator + numerator · 2³²


def count_sql(spec: CountSpec) -> str:
    """One window's counts, read from the covering index on its date (score_orders_<date>).
    SQLite works out an expression at every mention: each predicate is mentioned once."""
    num, den = PREDICATES[spec.numerator], PREDICATES[spec.denominator]
    both = _NUMERATOR_UNIT + 1
    return (
        f"SELECT coalesce(SUM(CASE WHEN {den} THEN CASE WHEN {num} THEN {both} ELSE 1 END END), 0)"
        f" {_window(spec)}"
    )


def problems_sql(spec: CountSpec) -> str:
    """One window's problem orders, (julian day, id) in that order."""
    num, den = PREDICATES[spec.numerator], PREDICATES[spec.denominator]
    problem = num if spec.lower_is_better else f"NOT {num}"
    date = DATES[spec.date]
    return f"SELECT {date}, id {_window(spec)} AND {den} AND {problem} ORDER BY {date}, id"


def _window(spec: CountSpec) -> str:
    date = DATES[spec.date]
    return (
        f"FROM score_orders INDEXED BY score_orders_{date}"
        f" WHERE marketplace = :m AND {date} > :start AND {date} <= :end AND local = 0"
    )


class ScoreCounts:
    def __init__(self, db: Database):
        self._db = db
        self._sql: dict[tuple, str] = {}

    @property
    def in_transaction(self) -> bool:
        """A change log read inside a transaction may yet be rolled back."""
        return self._db.in_transaction

    def count(
        self, spec: CountSpec, start: datetime, end: datetime, *, problems: bool = False
    ) -> WindowCount:
        """The orders of the window (start, end] that have all their times with offsets."""
        params = {
            "m": spec.marketplace,
            "start": jd(start),
            "end": jd(end),
            "e": jd(end),
            "half": HALF_MS,
        }
        total = self._db.execute(self._statement(count_sql, spec), params).fetchone()[0]
        numerator, denominator = divmod(total, _NUMERATOR_UNIT)
        if not problems:
            return WindowCount(numerator, denominator)
        found = self._db.execute(self._statement(problems_sql, spec), params).fetchall()
        return WindowCount(numerator, denominator, tuple(found))

    def _statement(self, make, spec: CountSpec) -> str:
        found = self._sql.get((make, spec))
        if found is None:
            found = self._sql[make, spec] = make(spec)
        return found

    def local_ids(self, marketplace: str, date: str, start: datetime, end: datetime) -> list[int]:
        """The orders near the window with a time the rules must read in the shop's zone."""
        column = DATES[date]
        sql = (
            "SELECT id FROM score_orders INDEXED BY score_orders_local"
            " WHERE marketplace = ? AND local = 1"
            f" AND {column} > ? - {SLACK_DAYS} AND {column} < ? + {SLACK_DAYS}"
        )
        rows = self._db.execute(sql, [marketplace, jd(start), jd(end)]).fetchall()
        return [r[0] for r in rows]

    def changes(self, after: int) -> tuple[int, int, dict[str | None, float]]:
        """(the oldest and newest entry of the change log, and for the entries after `after`
        the earliest date each marketplace's changes touched; None: any marketplace)."""
        oldest, newest = self._db.execute(
            "SELECT coalesce(MIN(seq), 0), coalesce(MAX(seq), 0) FROM score_changes"
        ).fetchone()
        rows = self._db.execute(
            "SELECT marketplace, MIN(since) FROM score_changes WHERE seq > ? GROUP BY marketplace",
            [after],
        ).fetchall()
        return oldest, newest, {market: since - SLACK_DAYS for market, since in rows}
