"""Stations: the benches that share one database file, and the sentences about their locks.

A station is a machine at a packing bench, named by the setting kept on that machine
(`machine_station`: the host name and a short id), or `--station` / FULFIL_DESK_STATION.
The use cases are in stations.py.
"""

from __future__ import annotations

import secrets
import socket
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from platformdirs import user_config_dir

from fulfil_desk.core.kernel.errors import UserError

MAX_NAME = 40
TAKEOVER = "TAKEOVER"


def check_station_name(name: str) -> str:
    name = str(name).strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise UserError(f"A station name is 1 to {MAX_NAME} printable characters, e.g. bench-2.")
    return name


def machine_station(config_dir: Path | None = None) -> str:
    """This machine's station name, kept in the user's config folder: the host name and a
    short id made on first use (two benches with one host name still differ)."""
    path = (config_dir or Path(user_config_dir("fulfil-desk", appauthor=False))) / "station"
    host = (socket.gethostname() or "station")[:30]
    try:
        if name := path.read_text("utf-8").strip():
            return check_station_name(name)
    except (OSError, UnicodeDecodeError, UserError):
        pass
    name = f"{host}-{secrets.token_hex(2)}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name + "\n", "utf-8")
    except OSError:
        return host  # a read-only home: the host name alone
    return name


def is_stale(lock: dict, now: datetime, stale_minutes: int) -> bool:
    return now - datetime.fromisoformat(lock["seen_at"]) >= timedelta(minutes=stale_minutes)


def _when(at: str, now: datetime, tz: tzinfo) -> str:
    """10:02 today (shop time), else 2026-06-17 10:02."""
    local = datetime.fromisoformat(at).astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def lock_sentence(
    order_number: str, lock: dict, *, now: datetime, tz: tzinfo, stale_minutes: int
) -> str:
    """What a station is told when the order it opened or scanned is open elsewhere."""
    who = f"station {lock['station']} (packer {lock['actor']})"
    since = _when(lock["acquired_at"], now, tz)
    if is_stale(lock, now, stale_minutes):
        seen = _when(lock["seen_at"], now, tz)
        return (
            f"Order {order_number} was opened at {who} at {since}, which has not scanned it "
            f"since {seen}: the lock is stale (over {stale_minutes} minutes). "
            f"Scan {TAKEOVER} to take it over."
        )
    return f"Order {order_number} is open at {who} since {since}. Scan {TAKEOVER} to take it over."


def takeover_sentence(order_number: str, lock: dict, *, stale: bool) -> str:
    how = "; its lock was stale" if stale else ""
    return (
        f"Order {order_number} taken over from station {lock['station']} "
        f"(packer {lock['actor']}{how})."
    )
