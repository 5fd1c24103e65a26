"""A real PostgreSQL server for the tests: the cluster `.ci/run` started (its URL in
FULFIL_DESK_TEST_PG, its folder in FULFIL_DESK_TEST_PGDIR), else a private one this run starts
with `.ci/pg-cluster` (as root, with PostgreSQL's server installed), else the PostgreSQL half
of the tests is skipped, unless FULFIL_DESK_REQUIRE_PG says it must not be (CI)."""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "pg-cluster"


@dataclass
class PgCluster:
    """The server, its superuser URL, and a fresh empty database per test."""

    url: str
    folder: Path | None  # None: a server this run did not start and must not stop
    started_here: bool = False
    _numbers: itertools.count = field(default_factory=itertools.count)
    _template_made: bool = False

    def database_url(self, name: str) -> str:
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def new_database(self, *, template: str | None = None) -> str:
        """A new database: empty, or a copy of `template`."""
        import psycopg

        name = f"desk_test_{os.getpid()}_{next(self._numbers)}"
        copied = f" TEMPLATE {template}" if template else ""
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}{copied}")
        return self.database_url(name)

    def new_shop_database(self) -> str:
        """A new database holding a new shop's schema, as `Desk.open` makes it: a copy of a
        template migrated once per run (CREATE DATABASE … TEMPLATE copies its files: 40 ms,
        where migrating a new database takes 300 ms)."""
        import psycopg

        from fulfil_desk.core.storage.db import open_database

        template = f"desk_template_{os.getpid()}"
        if not self._template_made:
            with psycopg.connect(self.url, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {template}")
                conn.execute(f"CREATE DATABASE {template}")
            open_database(self.database_url(template)).close()
            self._template_made = True
        return self.new_database(template=template)

    def drop_template(self) -> None:
        if self._template_made:
            self.drop_database(self.database_url(f"desk_template_{os.getpid()}"))

    def drop_database(self, url: str) -> None:
        import psycopg

        name = urlsplit(url).path.lstrip("/")
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self, mode: str = "fast") -> None:
        """`immediate`: as if the server's power went (the test of a dropped connection)."""
        assert self.folder is not None, "a server this run did not start is not stopped by it"
        subprocess.run([str(SCRIPT), "stop", str(self.folder), mode], check=True)

    def start(self) -> None:
        assert self.folder is not None
        subprocess.run([str(SCRIPT), "start", str(self.folder)], check=True, capture_output=True)


def _private_cluster() -> PgCluster | str:
    """A cluster in a new temporary folder, or why there can be none here."""
    if os.geteuid() != 0:
        return "not root: a private cluster is started as the postgres user"
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    os.chmod(folder, 0o755)
    done = subprocess.run(
        [str(SCRIPT), "start", str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return (done.stderr or done.stdout).strip() or f"pg-cluster exited {done.returncode}"
    return PgCluster(url=done.stdout.strip(), folder=folder, started_here=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    given = os.environ.get("FULFIL_DESK_TEST_PG")
    if given:
        folder = os.environ.get("FULFIL_DESK_TEST_PGDIR")
        given_cluster = PgCluster(url=given, folder=Path(folder) if folder else None)
        yield given_cluster
        given_cluster.drop_template()
        return
    cluster = _private_cluster()
    if isinstance(cluster, str):
        if os.environ.get("FULFIL_DESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here and cannot start: {cluster}")
        pytest.skip(f"no PostgreSQL server: {cluster}")
    yield cluster
    subprocess.run([str(SCRIPT), "stop", str(cluster.folder)], check=False)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """The URL of a new, empty database, dropped after the test."""
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop_database(url)


def end_the_connection_now(db, cluster: PgCluster) -> None:
    """The server ends `db`'s connection (a PostgresDatabase, or its Desk's), as a cable
    pulled."""
    import psycopg

    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(cluster.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [backend])


def lose_the_next_commit_answer(monkeypatch, db, cluster: PgCluster, *, after: int = 0) -> None:
    """The next COMMIT on `db` (a PostgresDatabase) but `after` is made by the server, then
    its connection ends before the answer is read: a cable pulled at that moment, which
    cannot be timed on one machine."""
    from fulfil_desk.core.kernel.errors import DatabaseUnreachable
    from fulfil_desk.core.kernel.messages import Message
    from fulfil_desk.core.storage.postgres import engine

    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    real_execute = engine.PostgresDatabase.execute
    armed = [after]

    def execute(self, sql, parameters=None):
        cursor = real_execute(self, sql, parameters)
        if sql == "COMMIT" and armed and self is db:
            if armed[0]:
                armed[0] -= 1
                return cursor
            armed.clear()
            import psycopg

            with psycopg.connect(cluster.url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [backend])
            raise DatabaseUnreachable(Message("storage.server_gone", url=self.shown))
        return cursor

    monkeypatch.setattr(engine.PostgresDatabase, "execute", execute)


def end_the_connection_after(monkeypatch, target, name: str, cluster: PgCluster) -> None:
    """Once `target.name` (a method that saves) has returned, the server ends the connection
    of the database it saved to: a cable pulled just after a scan was answered."""

    real = getattr(target, name)

    def then_gone(self, *args, **kwargs):
        done = real(self, *args, **kwargs)
        end_the_connection_now(self._ctx.db, cluster)
        return done

    monkeypatch.setattr(target, name, then_gone)


def keep_the_server_away(monkeypatch, db) -> Callable[[], None]:
    """From now on `db` (a PostgresDatabase) cannot connect again, as while its server is
    stopped; the function returned brings the server back."""
    import psycopg

    def refused(_url):
        raise psycopg.OperationalError("connection refused (the test keeps the server away)")

    real = db._connect_to
    monkeypatch.setattr(db, "_connect_to", refused)
    return lambda: monkeypatch.setattr(db, "_connect_to", real)
