"""Stations: the benches that share one database file, and what is said about their locks.

A station is a machine at a packing bench, named by the setting kept on that machine
(`machine_station`: the host name and a short id), or `--station` / FULFIL_DESK_STATION.
The use cases are in stations.py.
"""

from __future__ import annotations

import secrets
import socket
from datetime import datetime, time, timedelta, tzinfo
from pathlib import Path

from platformdirs import user_config_dir

from fulfil_desk.core.kernel.actors import who
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message

MAX_NAME = 40
TAKEOVER = "TAKEOVER"


def check_station_name(name: str) -> str:
    name = str(name).strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise UserError(Message("bench.station_name_rule", longest=MAX_NAME))
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


def _when(at: str, now: datetime, tz: tzinfo) -> datetime | time:
    """Today (shop time): the time of day, 10:02; else the moment, 2026-06-17 10:02."""
    moment = datetime.fromisoformat(at)
    local = moment.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.time().replace(second=0, microsecond=0, tzinfo=None)
    return moment


def lock_sentence(
    order_number: str, lock: dict, *, now: datetime, tz: tzinfo, stale_minutes: int
) -> Message:
    """What a station is told when the order it opened or scanned is open elsewhere."""
    since = _when(lock["acquired_at"], now, tz)
    if is_stale(lock, now, stale_minutes):
        return Message(
            "bench.order_lock_stale",
            order=order_number,
            station=lock["station"],
            packer=who(lock["actor"]),
            since=since,
            seen=_when(lock["seen_at"], now, tz),
            minutes=stale_minutes,
            takeover=TAKEOVER,
        )
    return Message(
        "bench.order_open_elsewhere",
        order=order_number,
        station=lock["station"],
        packer=who(lock["actor"]),
        since=since,
        takeover=TAKEOVER,
    )


def takeover_sentence(order_number: str, lock: dict, *, stale: bool) -> Message:
    if stale:
        return Message(
            "bench.taken_over_stale",
            order=order_number,
            station=lock["station"],
            packer=who(lock["actor"]),
        )
    return Message(
        "bench.taken_over", order=order_number, station=lock["station"], packer=who(lock["actor"])
    )
