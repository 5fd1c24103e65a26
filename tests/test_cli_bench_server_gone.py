"""The headless bench on a PostgreSQL shop whose server goes away just after a scan was
answered: the scan's line is printed as it was saved, the process goes on, and the next scan
is refused in a sentence or works on a new connection; never a traceback."""

from __future__ import annotations

from click.testing import CliRunner
from pg_server import end_the_connection_after

from fulfil_desk.cli import main
from fulfil_desk.core.packers.service import PackerService


def test_a_badge_answered_then_the_server_gone_keeps_the_bench_going(
    pg_url, pg_cluster, monkeypatch, tmp_path
):
    runner = CliRunner(env={"HOME": str(tmp_path), "FULFIL_DESK_LANG": None})

    def run(*args: str, scans: str | None = None):
        return runner.invoke(main, ["--db", pg_url, *args], scans)

    assert run("demo", "--no-history", "--orders", "2").exit_code == 0
    added = run("--lang", "en", "packers", "add", "王芳", "--lang", "zh_CN")
    assert added.exit_code == 0, added.output
    end_the_connection_after(monkeypatch, PackerService, "set_packer", pg_cluster)
    done = run("--station", "B", "bench", scans="BADGE-0001\n\n")
    assert done.exit_code == 0, done.output
    badge, after = done.stdout.splitlines()
    assert badge.startswith("ok queue - 包装人员 王芳")
    assert after.startswith(("ok verify", "refused queue")), after
