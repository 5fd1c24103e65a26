"""The PostgreSQL engine: the repositories' SQL (SQLite's dialect where both agree, `?`
placeholders) on a psycopg 3 connection, with SQLite's write rule and loose typing.

- Writes: `transaction()` is `BEGIN` then one advisory lock per shop, taken before the use case
  reads what it decides on — what `BEGIN IMMEDIATE` is on SQLite. Writers queue on that lock
  in the order they came; one that waits longer than `lock_timeout` is told to scan again
  (the busy message), as on SQLite. Under READ COMMITTED (named, whatever the server's
  default) every statement after the lock sees every write committed before it, so no lost
  update and no serialisation failure is expected; one the server reports all the same, or a
  deadlock, is `DatabaseConflict`, which the bench runs again (core/bench/saving.py).
- Integer parameters go to the server untyped (as text, "unknown"), so it casts each to the
  column it meets, as SQLite's type affinity does (strings are untyped already; floats stay
  double precision). Booleans come back as 0/1, numerics as SQLite's numbers.
- A dropped connection: the statement raises `DatabaseUnreachable` (nothing of it was saved);
  the next statement connects again. A COMMIT sent but not answered may or may not have been
  saved: `SavingUnanswered`, and `settle_unanswered()` asks the server once it is back (by the
  transaction's id).
- Speed (benchmarks/bench_pg_*.py): a write transaction's BEGIN and its lock go to the server
  in one round trip; an `executemany` of a plain INSERT with many rows (imports, `db move`)
  goes as one COPY, the server reading each value as its column's type (as an untyped
  parameter is cast); a row COPY cannot read (a fraction for an integer column) sends the
  batch as INSERTs instead, under a savepoint.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Dumper, Loader
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import IntDumper

from fulfil_desk.core.kernel.errors import (
    DatabaseBusy,
    DatabaseConflict,
    DatabaseUnreachable,
    SavingUnanswered,
    UserError,
)
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres.urls import shown

BUSY = Message("storage.busy")
BUSY_TIMEOUT_MS = 5_000
SHOP_LOCK = 0x66_64_65_73_6B  # "fdesk": the one advisory lock every write takes first
_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""  # quoted: left as it is
    r"|::|:[A-Za-z_]\w*|\?|%"  # a cast; placeholders; a percent sign
    r"|INDEXED BY \w+|(?<=[\s(])\+(?=[A-Za-z_])"  # SQLite's planner hints
)
# `INSERT INTO t (a, b) VALUES (?, ?)` and nothing else: what COPY can do instead.
_PLAIN_INSERT = re.compile(
    r"\s*INSERT\s+INTO\s+(\w+)\s*\(\s*(\w+(?:\s*,\s*\w+)*)\s*\)"
    r"\s*VALUES\s*\(\s*(\?(?:\s*,\s*\?)*)\s*\)\s*",
    re.IGNORECASE,
)
COPY_FROM_ROWS = 100  # fewer rows: one pipelined INSERT each (COPY takes more round trips)


@lru_cache(maxsize=4096)
def translated(sql: str, *, parameters: bool = True) -> str:
    """SQLite's dialect as PostgreSQL reads it: its planner hints (`INDEXED BY`, a unary `+`
    that keeps a column off an index) left out; with parameters, `?` and `:name` as psycopg's
    `%s` and `%(name)s` and every other `%` doubled (psycopg sends a statement without
    parameters as it is). Quoted text is left as it is."""

    def one(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("INDEXED BY") or token == "+":
            return ""
        if not parameters or token == "::":
            return token
        if token.startswith(":"):
            return f"%({token[1:]})s"
        return {"?": "%s", "%": "%%"}.get(token, token.replace("%", "%%"))

    return _TOKENS.sub(one, sql)


class _UntypedDumper(Dumper):
    """A Python value sent as text of unknown type: the server casts it where it is used."""

    oid = 0

    def dump(self, obj: Any) -> bytes:
        return str(obj).encode()


class _BoolAsIntDumper(Dumper):
    oid = 0

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


class _BoolAsIntLoader(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


class _NumericAsNumberLoader(Loader):
    """SUM of bigints is numeric: an int when whole, as SQLite gives it."""

    def load(self, data: Any) -> int | float:
        text = bytes(data)
        return float(text) if b"." in text or b"e" in text.lower() else int(text)


def _adapted(conn: psycopg.Connection) -> psycopg.Connection:
    adapters = conn.adapters
    adapters.register_dumper(int, _UntypedDumper)  # floats keep their type: `? - 2` stays real
    adapters.register_dumper(bool, _BoolAsIntDumper)
    adapters.register_loader("bool", _BoolAsIntLoader)
    adapters.register_loader("numeric", _NumericAsNumberLoader)
    return conn


class PostgresDatabase:
    engine = "postgresql"
    operational_errors: tuple[type[Exception], ...] = (psycopg.OperationalError,)
    integrity_errors: tuple[type[Exception], ...] = (psycopg.IntegrityError,)

    def __init__(self, *, url: str, connect: Callable[[str], psycopg.Connection] | None = None):
        self.url = url
        self._connect_to = connect or _connect
        self._conn: psycopg.Connection | None = self._connect_to(url)
        self.unanswered_commit: int | None = None  # its transaction id (settle_unanswered)
        self.commits = 0  # write transactions committed: the bench's `saves_made`

    @property
    def shown(self) -> str:
        return shown(self.url)

    # ---- statements ----------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.broken:
            self._conn = None
            try:
                self._conn = self._connect_to(self.url)
            except psycopg.OperationalError as exc:
                raise DatabaseUnreachable(Message("storage.server_gone", url=self.shown)) from exc
        return self._conn

    def _run(self, run: Callable[[psycopg.Connection], Any]) -> Any:
        conn = self._connection()
        try:
            return run(conn)
        except pg_errors.LockNotAvailable as exc:
            raise DatabaseBusy(BUSY) from exc
        except (pg_errors.SerializationFailure, pg_errors.DeadlockDetected) as exc:
            raise DatabaseConflict(BUSY) from exc
        except psycopg.OperationalError as exc:
            if conn.broken or conn.closed:
                raise DatabaseUnreachable(Message("storage.server_gone", url=self.shown)) from exc
            raise

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> Any:
        text = translated(sql, parameters=bool(parameters))
        return self._run(lambda conn: conn.execute(text, parameters or None))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        text, rows = translated(sql), list(rows)

        def many(conn: psycopg.Connection) -> psycopg.Cursor:
            cursor = conn.cursor()
            cursor.executemany(text, rows)
            return cursor

        copy = _copy_statement(sql) if len(rows) >= COPY_FROM_ROWS else None
        if copy is None:
            return self._run(many)

        def copied(conn: psycopg.Connection) -> psycopg.Cursor:
            cursor = _copied(conn, copy, rows)
            return many(conn) if cursor is None else cursor

        return self._run(copied)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            return
        names = [column.name for column in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))

    def insert_row(self, table: str, fields: Mapping[str, Any]) -> int:
        names = list(fields)
        row = self.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            " RETURNING id",
            [fields[n] for n in names],
        ).fetchone()
        return int(row[0])

    def table_names(self) -> list[str]:
        rows = self.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            " ORDER BY table_name"
        )
        return [r[0] for r in rows]

    # ---- transactions --------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        conn = self._conn
        return (
            conn is not None
            and not conn.broken
            and conn.info.transaction_status != TransactionStatus.IDLE
        )

    @contextmanager
    def transaction(self) -> Iterator[PostgresDatabase]:
        if self.in_transaction:
            name = f"desk_{secrets.token_hex(8)}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self._alive_in_transaction():
                    self.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:  # one round trip: a statement without parameters may be two
            self.execute(
                f"BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock({SHOP_LOCK:d})"
            )
            yield self
            # The id of a transaction that wrote (None: it only read), by which a COMMIT left
            # unanswered is looked up later. Asked for here, not at BEGIN: an id taken at
            # BEGIN would make every read-only transaction's COMMIT wait for the disk.
            (xid,) = self.execute("SELECT txid_current_if_assigned()").fetchone()
        except BaseException:
            if self._alive_in_transaction():
                self.execute("ROLLBACK")
            raise
        try:
            self.execute("COMMIT")
        except DatabaseUnreachable as exc:
            if xid is None:  # nothing written: nothing lost
                raise
            self.unanswered_commit = xid  # sent; whether the server saved it is unknown
            raise SavingUnanswered(
                Message("storage.server_gone_while_saving", url=self.shown)
            ) from exc
        if xid is not None:  # a transaction that only read saved nothing
            self.commits += 1

    def settle_unanswered(self) -> bool | None:
        """Whether the server saved the write transaction whose COMMIT went unanswered (None:
        none is waiting). A server that is still away raises DatabaseUnreachable; one still
        finishing that transaction is asked again, up to the busy timeout."""
        xid = self.unanswered_commit
        if xid is None:
            return None
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            (status,) = self.execute("SELECT txid_status(?)", [xid]).fetchone()
            if status != "in progress":
                break
            if time.monotonic() > deadline:
                raise DatabaseBusy(BUSY)
            time.sleep(0.05)
        self.unanswered_commit = None
        return status == "committed"

    def _alive_in_transaction(self) -> bool:
        conn = self._conn
        return conn is not None and not conn.broken and self.in_transaction

    @contextmanager
    def read_snapshot(self) -> Iterator[PostgresDatabase]:
        if self.in_transaction:
            yield self
            return
        self.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield self
        finally:
            if self._alive_in_transaction():
                self.execute("COMMIT")

    # ---- a shop copied in (copies/shop_copy.py) --------------------------------------------------

    def clear_shop(self, tables: Sequence[str]) -> None:
        """Every row out, in the caller's transaction (TRUNCATE: the audit trail's rows go
        only this way, which the station role may not take; a restore is the owner's)."""
        self.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")

    def after_copy(self, tables: Sequence[str]) -> None:
        """Rows copied with their ids: each id sequence moves past the largest."""
        from fulfil_desk.core.storage.postgres.schema import resync_identities

        for statement in resync_identities():
            self.execute(statement)

    # ---- housekeeping --------------------------------------------------------------------

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def checkpoint_when_idle(self) -> None:
        """The server checkpoints by itself."""

    def checkpoint(self, *, truncate: bool = False) -> None:
        """While the bench waits: a dropped connection is found, and made again, here rather
        than at the next scan."""
        try:
            self.execute("SELECT 1")
        except DatabaseUnreachable:
            pass

    def compact(self) -> bool:
        """Erased values leave no dead row versions behind: VACUUM the tables that held them
        (the server skips, with a warning, a table this role does not own)."""
        for table in ("orders", "order_lines", "events"):
            self.execute(f"VACUUM {table}")
        return True


@lru_cache(maxsize=256)
def _copy_statement(sql: str) -> str | None:
    """The COPY that does what a plain INSERT of many rows does (None: it is not one)."""
    plain = _PLAIN_INSERT.fullmatch(sql)
    if plain is None:
        return None
    table, columns, marks = plain.groups()
    if len(columns.split(",")) != marks.count("?"):
        return None
    return f"COPY {table} ({columns}) FROM STDIN"


def _copied(conn: psycopg.Connection, statement: str, rows: list) -> psycopg.Cursor | None:
    """The rows COPYed in (None: a value was not of its column's type, nothing written)."""
    cursor = conn.cursor()
    # COPY reads each value's text as its column's type already: integers by psycopg's own
    # dumper (C), not by the untyped one parameters need (a Python call per value: 0.13 s of
    # client time on 100k order lines).
    cursor.adapters.register_dumper(int, IntDumper)
    try:
        # A savepoint inside the caller's transaction.
        with conn.transaction(), cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except (pg_errors.InvalidTextRepresentation, pg_errors.NumericValueOutOfRange):
        return None
    return cursor


def _connect(url: str) -> psycopg.Connection:
    conn = psycopg.connect(url, autocommit=True, application_name="fulfil-desk")
    conn.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    return _adapted(conn)


def open_postgres(
    url: str,
    *,
    before_migrating: Callable[[PostgresDatabase, list[str]], None] | None = None,
) -> PostgresDatabase:
    from fulfil_desk.core.storage.postgres.migrations import migrate, pending_migrations
    from fulfil_desk.core.storage.postgres.refusals import refusal

    try:
        db = PostgresDatabase(url=url)
    except psycopg.Error as exc:
        raise UserError(refusal(exc, url)) from exc
    pending, applied = pending_migrations(db)
    if pending and applied and before_migrating is not None:
        before_migrating(db, pending)
    with db.transaction():  # stations starting at once migrate once
        migrate(db)
    return db
