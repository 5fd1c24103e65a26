"""A refused connection is one sentence naming what was wrong, and never shows the password:
each refusal made for real on a private cluster (SCRAM passwords, TLS, pg_hba.conf rules),
then read by `refusal`."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from pg_tcp_cluster import CLOSED_DATABASE, PLAIN_GROUP, TcpCluster, free_port, self_signed
from pg_tcp_cluster import tcp_cluster_fixture as _tcp_cluster_fixture
from psycopg import errors as pg_errors

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres.refusals import refusal
from fulfil_desk.core.storage.postgres.urls import shown
from fulfil_desk.core.wording.render import Wording

PASSWORD = "Tr0ub4dor&3:@/?x"  # every character a URL must escape, to catch a half-scrubbed one
ENCODED = quote(PASSWORD, safe="")
IN_PGPASS = PASSWORD.replace("\\", "\\\\").replace(":", "\\:")  # the file's escapes
CLERK = "clerk"  # may connect with or without TLS
TLS_CLERK = "tls_clerk"  # only over TLS


@pytest.fixture(scope="module")
def cluster():
    yield from _tcp_cluster_fixture()


@pytest.fixture(scope="module", autouse=True)
def roles(cluster: TcpCluster) -> None:
    cluster.superuser(f"CREATE ROLE {CLERK} LOGIN PASSWORD '{PASSWORD}' IN ROLE {PLAIN_GROUP}")
    cluster.superuser(f"CREATE ROLE {TLS_CLERK} LOGIN PASSWORD '{PASSWORD}'")


@pytest.fixture(autouse=True)
def no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This PC's own ~/.pgpass and services are not the test's."""
    empty = tmp_path / "pgpass"
    empty.write_text("", "utf-8")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "no-services"))
    for name in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSSLMODE"):
        monkeypatch.delenv(name, raising=False)
    return empty


def refused(url: str) -> Message:
    with pytest.raises(psycopg.Error) as caught:
        psycopg.connect(url, connect_timeout=5).close()
    message = refusal(caught.value, url)
    for lang in ("en", "ko", "zh_CN"):
        said = Wording(lang=lang)(message)
        assert "{" not in said
        assert PASSWORD not in said and "Tr0ub4dor" not in said, said
    return message


def connects(url: str) -> None:
    psycopg.connect(url, connect_timeout=5).close()


def test_the_right_password_connects_with_and_without_tls(cluster):
    connects(cluster.url(CLERK, PASSWORD) + "?sslmode=disable")
    connects(cluster.url(CLERK, PASSWORD) + "?sslmode=require")


def test_a_wrong_password(cluster):
    message = refused(cluster.url(CLERK, "not-it") + "?sslmode=disable")
    assert (message.key, message.params["role"]) == ("storage.pg.password_wrong", CLERK)


def test_an_unknown_role_over_tcp_is_a_wrong_password_as_the_server_does_not_tell(cluster):
    assert refused(cluster.url("ghost", PASSWORD)).key == "storage.pg.password_wrong"


def test_an_unknown_role_the_server_names(cluster):
    message = refused(f"postgresql://ghost@/postgres?host={cluster.folder}&port={cluster.port}")
    assert (message.key, message.params["role"]) == ("storage.pg.role_unknown", "ghost")


def test_no_password_given_where_one_is_needed(cluster):
    message = refused(cluster.url(CLERK))
    assert (message.key, message.params["role"]) == ("storage.pg.password_missing", CLERK)


def test_the_password_file_and_a_service_are_honoured(cluster, no_password_file, monkeypatch):
    no_password_file.write_text(f"127.0.0.1:{cluster.port}:*:{CLERK}:{IN_PGPASS}\n", "utf-8")
    connects(cluster.url(CLERK))
    services = no_password_file.parent / "services"
    services.write_text(
        f"[shop]\nhost=127.0.0.1\nport={cluster.port}\nuser={CLERK}\ndbname=postgres\n", "utf-8"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    connects("postgresql:///?service=shop")
    message = refused("postgresql:///?service=elsewhere")
    assert (message.key, message.params["service"]) == ("storage.pg.service_unknown", "elsewhere")


def test_the_environment_names_what_the_url_leaves_out(cluster, no_password_file, monkeypatch):
    no_password_file.write_text(f"*:*:*:{CLERK}:{IN_PGPASS}\n", "utf-8")
    monkeypatch.setenv("PGHOST", "127.0.0.1")
    monkeypatch.setenv("PGPORT", str(cluster.port))
    monkeypatch.setenv("PGUSER", CLERK)
    connects("postgresql:///postgres")


def test_an_unknown_database(cluster):
    message = refused(cluster.url(CLERK, PASSWORD, database="no_such_shop"))
    assert message.key == "storage.pg.database_unknown"
    assert message.params["database"] == "no_such_shop"


def test_tls_required_by_the_server(cluster):
    message = refused(cluster.url(TLS_CLERK, PASSWORD) + "?sslmode=disable")
    assert (message.key, message.params["role"]) == ("storage.pg.tls_required", TLS_CLERK)
    connects(cluster.url(TLS_CLERK, PASSWORD) + "?sslmode=require")
    connects(cluster.url(TLS_CLERK, PASSWORD) + f"?sslmode=verify-full&sslrootcert={cluster.cert}")


def test_a_certificate_this_pc_does_not_trust(cluster, tmp_path):
    stranger, _ = self_signed(tmp_path, "stranger")
    url = cluster.url(TLS_CLERK, PASSWORD) + f"?sslmode=verify-ca&sslrootcert={stranger}"
    assert refused(url).key == "storage.pg.tls_untrusted"


def test_tls_not_offered_by_the_server(cluster):
    cluster.superuser("ALTER SYSTEM SET ssl = off")
    cluster.superuser("SELECT pg_reload_conf()")
    try:
        time.sleep(0.5)  # the reload reaches the postmaster, then each new backend
        assert refused(cluster.url(CLERK, PASSWORD) + "?sslmode=require").key == (
            "storage.pg.tls_not_offered"
        )
    finally:
        cluster.superuser("ALTER SYSTEM SET ssl = on")
        cluster.superuser("SELECT pg_reload_conf()")
        time.sleep(0.5)


def test_a_database_no_line_of_pg_hba_lets_this_pc_into(cluster):
    message = refused(cluster.url(CLERK, PASSWORD, database=CLOSED_DATABASE))
    assert message.key == "storage.pg.not_allowed"
    assert (message.params["role"], message.params["database"]) == (CLERK, CLOSED_DATABASE)


def test_too_many_connections(cluster):
    cluster.superuser(f"ALTER ROLE {CLERK} CONNECTION LIMIT 1")
    try:
        with psycopg.connect(cluster.url(CLERK, PASSWORD)):
            assert refused(cluster.url(CLERK, PASSWORD)).key == "storage.pg.too_many"
    finally:
        cluster.superuser(f"ALTER ROLE {CLERK} CONNECTION LIMIT -1")


def test_no_server_on_that_port_or_socket(tmp_path):
    port = free_port()
    message = refused(f"postgresql://{CLERK}:{ENCODED}@127.0.0.1:{port}/x")
    assert (message.key, message.params["server"]) == (
        "storage.pg.unreachable",
        f"127.0.0.1:{port}",
    )
    message = refused(f"postgresql://{CLERK}@/x?host={tmp_path}")
    assert message.key == "storage.pg.unreachable"
    assert message.params["server"] == f"{tmp_path}/.s.PGSQL.5432"


def test_a_host_name_nobody_knows():
    message = refused(f"postgresql://{CLERK}@no-such-host.invalid/shop")
    assert (message.key, message.params["host"]) == (
        "storage.pg.host_unknown",
        "no-such-host.invalid",
    )


def test_a_url_libpq_cannot_read_keeps_its_password_out(cluster):
    for tail in ("?frobnicate=1", "?sslmode=sometimes", f"?password={ENCODED}&sslmode=often"):
        message = refused(f"postgresql://{CLERK}:{ENCODED}@127.0.0.1:{cluster.port}/postgres{tail}")
        assert message.key == "storage.pg.bad_url"


def test_a_refusal_of_no_known_kind_gives_the_words_of_libpq(cluster, tmp_path):
    missing = tmp_path / "no-root.crt"
    message = refused(cluster.url(CLERK, PASSWORD) + f"?sslmode=verify-ca&sslrootcert={missing}")
    assert message.key == "storage.pg.refused"
    assert str(missing) in message.params["reason"] and "failed:" not in message.params["reason"]


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (pg_errors.InvalidPassword, "storage.pg.password_wrong"),
        (pg_errors.InvalidCatalogName, "storage.pg.database_unknown"),
        (pg_errors.TooManyConnections, "storage.pg.too_many"),
        (pg_errors.CannotConnectNow, "storage.pg.server_not_ready"),
    ],
)
def test_a_sqlstate_psycopg_gives_decides(error, key):
    url = f"postgresql://{CLERK}:{ENCODED}@db.shop/shop"
    message = refusal(error(f"the server said no to {PASSWORD}"), url)
    assert message.key == key and message.params["url"] == shown(url)
    assert PASSWORD not in Wording(lang="en")(message)


def test_a_server_shutting_down(cluster):
    """Last: the cluster stops and starts again."""
    with psycopg.connect(cluster.socket_url):  # a session a smart shutdown waits for
        cluster.run("-m", "smart", "-W", "stop")
        time.sleep(0.5)
        assert refused(cluster.url(CLERK, PASSWORD)).key == "storage.pg.server_not_ready"
    for _ in range(100):
        if not (cluster.folder / "data" / "postmaster.pid").exists():
            break
        time.sleep(0.1)
    cluster.start()
    connects(cluster.url(CLERK, PASSWORD))
