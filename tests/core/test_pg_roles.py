"""The least-privilege set-up on a real server: the owner builds the schema, a station reads and
writes rows but cannot change the schema or delete or rewrite an audit event."""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from pg_tcp_cluster import TcpCluster
from pg_tcp_cluster import tcp_cluster_fixture as _tcp_cluster_fixture
from psycopg import errors as pg_errors

from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.postgres.roles import set_up, setup_script, setup_statements

OWNER_PASSWORD = "own'er-S3cret\\x"  # a quote and a backslash, the two a literal must escape
STATION_PASSWORD = "stat:ion-S3cret"
_NUMBERS = itertools.count()


def build_schema_as_owner(owner_url: str) -> None:
    """The shop's real schema, made by opening it as the owner (the PostgreSQL migrations)."""
    open_database(owner_url).close()


@pytest.fixture(scope="module")
def cluster() -> Iterator[TcpCluster]:
    yield from _tcp_cluster_fixture()


@dataclass
class Shop:
    cluster: TcpCluster
    database: str
    owner: str
    station: str

    def superuser_url(self) -> str:
        return f"postgresql://postgres@/{self.database}?host={self.cluster.folder}&port={self.cluster.port}"

    def owner_url(self) -> str:
        return self.cluster.url(self.owner, OWNER_PASSWORD, self.database)

    def station_url(self) -> str:
        return self.cluster.url(self.station, STATION_PASSWORD, self.database)

    def set_up(self) -> None:
        with psycopg.connect(self.superuser_url(), autocommit=True) as conn:
            set_up(
                conn,
                database=self.database,
                owner=self.owner,
                station=self.station,
                owner_password=OWNER_PASSWORD,
                station_password=STATION_PASSWORD,
            )


@pytest.fixture
def shop(cluster: TcpCluster) -> Shop:
    """A new database with its owner and station set up and the schema built by the owner."""
    n = next(_NUMBERS)
    made = Shop(cluster, f"shop_{n}", f"desk_owner_{n}", f"desk_station_{n}")
    cluster.superuser(f"CREATE DATABASE {made.database}")
    made.set_up()
    build_schema_as_owner(made.owner_url())
    return made


def as_station(shop: Shop, *statements: str) -> None:
    with psycopg.connect(shop.station_url(), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def refused_to_station(shop: Shop, statement: str) -> None:
    with pytest.raises(pg_errors.InsufficientPrivilege):
        as_station(shop, statement)


ROW_WORK = (
    "INSERT INTO orders (marketplace, order_number, ordered_at, status)"
    " VALUES ('csv', 'A-1', '2026-06-01T09:00:00+09:00', 'new')",
    "INSERT INTO events (at, actor, order_id, kind) SELECT 'now', 'st1', id, 'scan' FROM orders",
    "INSERT INTO settings (key, value) VALUES ('box', '1')",
    "UPDATE orders SET status = 'packed', personal_data_purged_at = '2026-06-02T00:00:00+09:00'",
    "INSERT INTO events_purge_grants (order_id) SELECT id FROM orders",
    "UPDATE events SET detail = '{\"purged\": true}'",  # the purge path: detail, nothing else
    "DELETE FROM events_purge_grants",
    "SELECT count(*) FROM events",
    "DELETE FROM settings WHERE key = 'box'",
)
CHANGES_REFUSED = (
    "DELETE FROM events",
    "UPDATE events SET kind = 'forged'",
    "UPDATE events SET actor = 'someone else', detail = '{}'",
    "TRUNCATE events",
    "TRUNCATE orders",
    "DROP TABLE events",
    "DROP TABLE orders",
    "ALTER TABLE events DISABLE TRIGGER ALL",
    "ALTER TABLE orders ADD COLUMN note TEXT",
    "CREATE TABLE mine (id INTEGER)",
    "CREATE TRIGGER t BEFORE DELETE ON events EXECUTE FUNCTION suppress_redundant_updates_trigger()",  # noqa: E501
)


def test_a_station_reads_and_writes_rows(shop):
    as_station(shop, *ROW_WORK)
    with psycopg.connect(shop.station_url()) as conn:
        assert conn.execute("SELECT status FROM orders").fetchall() == [("packed",)]
        assert conn.execute("SELECT kind, detail FROM events").fetchall() == [
            ("scan", '{"purged": true}')
        ]


@pytest.mark.parametrize("statement", CHANGES_REFUSED)
def test_a_station_cannot_change_the_schema_nor_rewrite_or_delete_an_event(shop, statement):
    as_station(shop, *ROW_WORK[:2])
    refused_to_station(shop, statement)
    with psycopg.connect(shop.owner_url()) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)


def test_a_station_grants_nobody_anything(shop):
    as_station(shop, "GRANT ALL ON events TO PUBLIC")  # the server warns: nothing granted
    with psycopg.connect(shop.superuser_url()) as conn:
        rights = conn.execute(
            "SELECT has_table_privilege(%s, 'events', 'DELETE'),"
            " has_table_privilege(%s, 'events', 'UPDATE')",
            [shop.station, shop.station],
        ).fetchone()
    assert rights == (False, False)


def test_the_tables_of_a_later_migration_are_a_stations_too(shop):
    with psycopg.connect(shop.owner_url(), autocommit=True) as conn:
        conn.execute("CREATE TABLE later_things (id SERIAL PRIMARY KEY, number TEXT)")
    as_station(
        shop, "INSERT INTO later_things (number) VALUES ('1234')", "DELETE FROM later_things"
    )


def test_events_rebuilt_by_a_later_migration_stay_append_only(shop):
    with psycopg.connect(shop.owner_url(), autocommit=True) as conn:
        conn.execute("CREATE TABLE events_new (LIKE events INCLUDING ALL)")
        conn.execute("DROP TABLE events")
        conn.execute("ALTER TABLE events_new RENAME TO events")
    as_station(shop, "INSERT INTO events (at, actor, kind) VALUES ('now', 'st1', 'scan')")
    refused_to_station(shop, "DELETE FROM events")
    refused_to_station(shop, "UPDATE events SET kind = 'forged'")


def test_the_set_up_runs_again_over_a_built_schema(shop):
    shop.set_up()
    as_station(shop, *ROW_WORK)
    refused_to_station(shop, "DELETE FROM events")
    refused_to_station(shop, "UPDATE events SET kind = 'forged'")


def test_other_roles_of_the_server_may_not_connect_nor_create(shop, cluster):
    cluster.superuser("CREATE ROLE passer_by LOGIN PASSWORD 'pw' IN ROLE desk_plain")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(cluster.url("passer_by", "pw", shop.database)).close()


def test_no_password_reaches_the_servers_log(cluster):
    cluster.superuser("ALTER SYSTEM SET log_statement = 'all'")
    cluster.superuser("SELECT pg_reload_conf()")
    log = cluster.folder / "server.log"
    try:
        made = Shop(cluster, "shop_logged", "desk_owner_logged", "desk_station_logged")
        cluster.superuser(f"CREATE DATABASE {made.database}")
        already = log.stat().st_size
        made.set_up()
        as_station(made, "SELECT 1")  # the password the server keeps is the one it checks
    finally:
        cluster.superuser("ALTER SYSTEM RESET log_statement")
        cluster.superuser("SELECT pg_reload_conf()")
    logged = log.read_bytes()[already:].decode("utf-8", "replace")
    assert "ALTER ROLE" in logged and "SCRAM-SHA-256$" in logged
    assert "S3cret" not in logged


def test_statements_made_without_passwords_carry_none():
    statements = setup_statements(database="shop", owner="desk_owner", station="desk_station")
    assert not [s for s in statements if "PASSWORD" in s]
    with_passwords = setup_statements(
        database="shop", owner="o", station="s", owner_password=OWNER_PASSWORD
    )
    assert "PASSWORD E'own''er-S3cret\\\\x'" in "\n".join(with_passwords)


@pytest.mark.parametrize("name", ["shop; DROP", 'a"b', "", "x" * 64, "café"])
def test_a_name_that_is_not_a_plain_word_is_refused(name):
    with pytest.raises(ValueError):
        setup_statements(database=name, owner="o", station="s")


def test_the_printed_script_runs_in_psql_and_passwords_come_after(cluster, tmp_path):
    psql = sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))[-1]
    made = Shop(cluster, "shop_psql", "desk_owner_psql", "desk_station_psql")
    cluster.superuser(f"CREATE DATABASE {made.database}")
    script = tmp_path / "roles.sql"
    script.write_text(
        setup_script(database=made.database, owner=made.owner, station=made.station), "utf-8"
    )
    for _ in range(2):  # and once more: the set-up runs again unchanged
        subprocess.run(
            [str(psql), made.superuser_url(), "-v", "ON_ERROR_STOP=1", "-q", "-f", str(script)],
            check=True,
            capture_output=True,
        )
    cluster.superuser(
        f"ALTER ROLE {made.owner} PASSWORD '{OWNER_PASSWORD.replace(chr(39), chr(39) * 2)}'"
    )
    cluster.superuser(f"ALTER ROLE {made.station} PASSWORD '{STATION_PASSWORD}'")
    build_schema_as_owner(made.owner_url())
    as_station(made, *ROW_WORK)
    refused_to_station(made, "DELETE FROM events")


def test_a_station_adds_and_removes_the_shops_label_layouts(shop, tmp_path):
    from fulfil_desk.core.desk import Desk

    text = (Path(__file__).parents[2] / "resources/label_layouts/4x6.json").read_text("utf-8")
    station = Desk.open(shop.station_url(), actor="kim", data_folder=tmp_path)
    try:
        station.layouts.add_text(text.replace('"4x6"', '"ours"'), name="ours")
        station.layouts.add_text(text.replace('"4x6"', '"ours"'), name="ours", replace=True)
        assert station.layouts.named("ours").width_mm == 101.6
        station.layouts.remove("ours")
    finally:
        station.close()
    with psycopg.connect(shop.owner_url()) as conn:
        kinds = conn.execute("SELECT kind FROM events ORDER BY id").fetchall()
    assert kinds[-3:] == [
        ("label_layout_added",),
        ("label_layout_added",),
        ("label_layout_removed",),
    ]
