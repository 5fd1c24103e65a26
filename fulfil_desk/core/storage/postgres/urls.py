"""Which databases are PostgreSQL's: a `postgresql://` (or `postgres://`) URL; anything else
is a SQLite file's path."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def shop_home(url: str, data_folder: Path) -> Path:
    """Where a PostgreSQL shop's files of this PC go (its backups, label layouts): a name in
    the user's data folder made of the server and database, standing where a SQLite shop's
    file would."""
    parts = urlsplit(url)
    host = parts.hostname or "local"
    name = parts.path.lstrip("/") or parts.username or "postgres"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{host}-{parts.port or 5432}-{name}")
    return data_folder / "postgresql" / f"{safe}.db"


def shown(url: str) -> str:
    """The URL without its password, for every message and log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))
