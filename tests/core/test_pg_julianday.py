"""PostgreSQL's julianday (postgres/schema_functions.py) against SQLite's, on the times the app
stores and on text around them: the same value (SQLite's, to the bit), or NULL on both."""

from __future__ import annotations

import sqlite3

import psycopg
from hypothesis import given, settings
from hypothesis import strategies as st

from fulfil_desk.core.storage.postgres.schema_functions import statements


def _two(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: f"{n:02d}")


# Each part a little past the range SQLite reads, so that refusals are compared too.
_offsets = st.one_of(
    st.just(""),
    st.sampled_from(["Z", "z"]),
    st.tuples(st.sampled_from("+-"), _two(0, 15), _two(0, 60)).map(
        lambda p: f"{p[0]}{p[1]}:{p[2]}"
    ),
)
_fractions = st.one_of(
    st.just(""), st.text("0123456789", min_size=0, max_size=9).map(lambda d: "." + d)
)
_times = st.one_of(
    st.just(""),
    st.tuples(
        st.sampled_from("T "), _two(0, 25), _two(0, 60),
        st.one_of(st.just(""), st.tuples(_two(0, 60), _fractions).map(lambda p: ":" + "".join(p))),
        _offsets,
    ).map("".join),
)  # fmt: skip
STORED = st.tuples(
    st.integers(0, 9999).map(lambda y: f"{y:04d}"), _two(0, 13), _two(0, 32), _times
).map(lambda p: f"{p[0]}-{p[1]}-{p[2]}{p[3]}")


def _engines(pg_url):
    pg = psycopg.connect(pg_url, autocommit=True)
    for statement in statements():
        pg.execute(statement)  # type: ignore[arg-type]
    return sqlite3.connect(":memory:"), pg


def _both(lite, pg, text: str | None) -> tuple[float | None, float | None]:
    return (
        lite.execute("SELECT julianday(?)", [text]).fetchone()[0],
        pg.execute("SELECT julianday(%s::text)", [text]).fetchone()[0],
    )


def test_julianday_reads_stored_times_as_sqlite(pg_url):
    lite, pg = _engines(pg_url)

    @settings(max_examples=3000, deadline=None)
    @given(STORED)
    def agree(text):
        theirs, ours = _both(lite, pg, text)
        assert ours == theirs, text  # None for None; else to the bit, well within 1e-9 days

    agree()


def test_julianday_reads_no_text_sqlite_cannot(pg_url):
    """Any text: where SQLite reads none, neither does PostgreSQL (SQLite reads some that the
    app never writes, a bare number as a julian day among them)."""
    lite, pg = _engines(pg_url)

    @settings(max_examples=1000, deadline=None)
    @given(st.one_of(st.text(max_size=40), STORED.map(lambda t: t[:-1]), STORED.map(" {}".format)))
    def agree(text):
        theirs, ours = _both(lite, pg, text.replace("\x00", ""))
        if ours is not None:
            assert ours == theirs, text

    agree()


def test_julianday_of_null_is_null_whatever_the_session_zone(pg_url):
    lite, pg = _engines(pg_url)
    assert _both(lite, pg, None) == (None, None)
    stored = "2024-03-01T09:15:00.5+09:00"
    expected = _both(lite, pg, stored)[0]
    for zone in ("UTC", "Asia/Seoul", "America/New_York"):
        pg.execute(f"SET TimeZone = '{zone}'")
        assert _both(lite, pg, stored) == (expected, expected)
