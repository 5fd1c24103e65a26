"""Which databases are PostgreSQL's: a `postgresql://` (or `postgres://`) URL; anything else
is a SQLite file's path.

A URL goes to psycopg as it was given, so libpq reads what it reads everywhere: a service
(`?service=shop`, from ~/.pg_service.conf or PGSERVICEFILE), the password file (~/.pgpass or
PGPASSFILE), `sslmode`/`sslrootcert`, and the PGHOST, PGPORT, PGUSER, PGDATABASE… environment
for what the URL leaves out. A person is only ever shown `shown(url)`: no password.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

SCHEMES = ("postgresql://", "postgres://")
_PASSWORD_SETTING = re.compile(r"(?i)\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*)")


def is_postgres_url(target: str) -> bool:
    return target.startswith(SCHEMES)


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
    """The URL without its password (`user:secret@` and `?password=secret`), for every
    message, log and `--json` output. Text that is not a URL (libpq's `key=value` form) loses
    its `password=…` setting."""
    if not is_postgres_url(url):
        return _PASSWORD_SETTING.sub("password=…", url)
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}" if user.split(":", 1)[0] else host
    query = "&".join(p for p in parts.query.split("&") if not _is_password_setting(p))
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def _is_password_setting(piece: str) -> bool:
    return unquote(piece.split("=", 1)[0]).strip().lower() == "password"


def passwords_in(url: str) -> list[str]:
    """The password a URL carries, as written and as decoded: what must be scrubbed from any
    text the server or libpq sends back before a person sees it."""
    found: list[str] = []
    parts = urlsplit(url) if is_postgres_url(url) else None
    if parts is not None:
        user = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
        if ":" in user:
            found.append(user.split(":", 1)[1])
        settings = (piece.split("=", 1) for piece in parts.query.split("&") if "=" in piece)
        found += [value for name, value in settings if _is_password_setting(name)]
    else:
        found += [m.group(1).strip("'") for m in _PASSWORD_SETTING.finditer(url)]
    return [text for secret in found if secret for text in {secret, unquote(secret)}]


def without_passwords(text: str, url: str) -> str:
    for secret in sorted(passwords_in(url), key=len, reverse=True):
        text = text.replace(secret, "…")
    return text
