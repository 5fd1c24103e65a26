"""A private PostgreSQL cluster on 127.0.0.1 with password (SCRAM) and TLS, for the tests of
refused connections: `.ci/pg-cluster` makes it (initdb, a Unix socket, trust for the
superuser there); it is then restarted listening on a free TCP port, with a self-signed
certificate, and a pg_hba.conf of its own:

- on the socket, trust (the superuser sets the cluster up);
- over TLS, every role with its password;
- without TLS, only members of `desk_plain`: any other role is told TLS is required;
- into the database `closed_db`, nobody over TCP.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "pg-cluster"
PLAIN_GROUP = "desk_plain"
CLOSED_DATABASE = "closed_db"
HBA = f"""\
local   all all                 trust
hostssl {CLOSED_DATABASE} all 127.0.0.1/32 reject
host    {CLOSED_DATABASE} all 127.0.0.1/32 reject
hostssl all all 127.0.0.1/32    scram-sha-256
host    all +{PLAIN_GROUP} 127.0.0.1/32 scram-sha-256
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made with openssl."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _as_postgres(*command: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True)


@dataclass
class TcpCluster:
    folder: Path
    port: int
    cert: Path  # the server's certificate: the root a client trusts to verify it

    @property
    def socket_url(self) -> str:
        return f"postgresql://postgres@/postgres?host={self.folder}&port={self.port}"

    def url(self, role: str, password: str | None = None, database: str = "postgres") -> str:
        secret = f":{quote(password, safe='')}" if password is not None else ""
        return f"postgresql://{quote(role, safe='')}{secret}@127.0.0.1:{self.port}/{database}"

    def superuser(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.socket_url, autocommit=True) as conn:
            conn.execute(sql)

    def run(self, *args: str) -> None:
        _as_postgres(str(_pg_ctl()), "-D", str(self.folder / "data"), *args)

    def start(self) -> None:
        options = f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1"
        self.run("-l", str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("-m", mode, "-w", "stop")


def _pg_ctl() -> Path:
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return bins[-1]


def start_tcp_cluster() -> TcpCluster | str:
    """The cluster, running; or why it cannot be made here."""
    if os.geteuid() != 0:
        return "not root: a private cluster is started as the postgres user"
    if shutil.which("runuser") is None or shutil.which("openssl") is None:
        return "runuser and openssl are needed for a TCP cluster with TLS"
    folder = Path(tempfile.mkdtemp(prefix="desk-pgtcp-"))
    folder.chmod(0o755)
    made = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True)
    if made.returncode != 0:
        return (made.stderr or made.stdout).strip() or f"pg-cluster exited {made.returncode}"
    subprocess.run([str(SCRIPT), "stop", str(folder)], check=True)
    data = folder / "data"
    cert, key = self_signed(data, "server")
    key.chmod(0o600)
    (data / "pg_hba.conf").write_text(HBA, "utf-8")
    with (data / "postgresql.auto.conf").open("a", encoding="utf-8") as conf:
        conf.write(
            "password_encryption = 'scram-sha-256'\nssl = on\n"
            f"ssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n"
        )
    shutil.chown(cert, "postgres")
    shutil.chown(key, "postgres")
    cluster = TcpCluster(folder=folder, port=free_port(), cert=cert)
    cluster.start()
    cluster.superuser(f"CREATE ROLE {PLAIN_GROUP} NOLOGIN")
    return cluster


def tcp_cluster_fixture() -> Iterator[TcpCluster]:
    """The body of a module fixture: the cluster, stopped and removed after; skipped where it
    cannot start (failed where FULFIL_DESK_REQUIRE_PG says PostgreSQL must be tested)."""
    cluster = start_tcp_cluster()
    if isinstance(cluster, str):
        if os.environ.get("FULFIL_DESK_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here and a TCP cluster cannot start: {cluster}")
        pytest.skip(f"no PostgreSQL TCP cluster: {cluster}")
    try:
        yield cluster
    finally:
        subprocess.run([str(SCRIPT), "stop", str(cluster.folder)], check=False)
        shutil.rmtree(cluster.folder, ignore_errors=True)
