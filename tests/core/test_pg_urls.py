"""A PostgreSQL URL told from a SQLite path, and shown without its password."""

from __future__ import annotations

import pytest

from fulfil_desk.core.storage.postgres.urls import is_postgres_url, shown, without_passwords


@pytest.mark.parametrize(
    ("target", "postgres"),
    [
        ("postgresql://station@host:5432/shop?sslmode=require", True),
        ("postgres://station@host/shop", True),
        ("postgresql:///?service=shop", True),
        ("/home/shop/shop.db", False),
        ("shop.db", False),
        ("postgresql.db", False),
        ("C:\\shop\\postgres://x.db", False),
    ],
)
def test_a_url_is_told_from_a_path(target, postgres):
    assert is_postgres_url(target) is postgres


@pytest.mark.parametrize(
    ("url", "seen"),
    [
        ("postgresql://st:s%40cr3t@host:5432/shop?sslmode=require",
         "postgresql://st@host:5432/shop?sslmode=require"),
        ("postgres://st@h/shop?password=s3cr3t&host=/tmp/pg%20x",
         "postgres://st@h/shop?host=/tmp/pg%20x"),
        ("postgresql://:s3cr3t@h1:1,h2:2/shop", "postgresql://h1:1,h2:2/shop"),
        ("postgresql:///?service=shop", "postgresql:///?service=shop"),
        ("postgresql://st@/shop?host=/run/pg", "postgresql://st@/shop?host=/run/pg"),
        ("host=db password='s3 cr3t' dbname=shop", "host=db password=… dbname=shop"),
        ("/home/shop/shop.db", "/home/shop/shop.db"),
    ],
)  # fmt: skip
def test_shown_has_no_password(url, seen):
    assert shown(url) == seen


def test_a_servers_words_lose_the_password_as_written_and_as_decoded():
    url = "postgresql://st:s%40cr3t@host/shop?password=other"
    said = "no good: s@cr3t, s%40cr3t, other"
    assert without_passwords(said, url) == "no good: …, …, …"
