"""Personal data (`desk.privacy`): purging what old orders no longer need.

For each order shipped (or cancelled) before the start of the shop day N days ago, one
transaction erases: the recipient's name, phone, address lines, city, state, postal code and
personal customs clearance code (PCCC; the country stays); in each line's copy of the
marketplace's row (`source`) the cells whose column holds personal data (수취인이름,
구매자전화번호, 개인통관번호(PCCC), buyer-email, …); in the texts that may quote them (hold
note, incident notes, inquiry subjects, and every event's detail) the erased values wherever
they appear, and the personal keys' values. It sets
`personal_data_purged_at` and appends a `personal_data_purged` event (ids and cut-off,
no data). What the seller scores read (dates, status, reasons, courier, tracking,
incidents, lines) stays, so every score is the same after a purge.

Then the file is compacted (VACUUM, WAL truncated) so the erased values do not linger in
free pages; when another station keeps that from finishing, the next purge (or the next
start with `purge_after_days` set) tries again. Backups taken before a purge still hold
the data until they are deleted (`backup_keep`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.safekeeping.privacy import (
    erase_text,
    personal_in_json,
    personal_values,
    scrub_json_text,
)
from fulfil_desk.core.storage.privacy import PERSONAL_COLUMNS, PrivacyRepo

COMPACT_PENDING = "privacy.compact_pending"
MAX_DAYS = 36_500


@dataclass
class PurgeReport:
    older_than_days: int
    before: str  # orders shipped or cancelled before this time
    orders: list[str] = field(default_factory=list)  # "marketplace order_number"
    dry_run: bool = False
    compacted: bool | None = None  # None: nothing to compact

    def summary(self) -> Message:
        n, day = len(self.orders), date.fromisoformat(self.before[:10])  # the shop's day
        if self.dry_run:
            return Message("purge.would_erase", n=n, before=day)
        erased = Message("purge.erased", n=n, before=day)
        if self.compacted is False:
            return Message("two_sentences", first=erased, then=Message("purge.not_compacted"))
        return erased

    def as_json(self) -> dict:
        return {
            "older_than_days": self.older_than_days,
            "before": self.before,
            "orders": self.orders,
            "dry_run": self.dry_run,
            "compacted": self.compacted,
        }


def check_days(days) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise UserError(Message("purge.days_from_to", least=1, most=MAX_DAYS))
    return days


class PrivacyService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx

    def purge_cutoff(self, days: int) -> datetime:
        """The start of the shop day `days` days before today: an order shipped before it
        shipped more than `days` days ago. Whole days, so the set moves once a day."""
        tz = self._ctx.shop_tz()
        day = self._ctx.clock.now().astimezone(tz).date() - timedelta(days=days)
        return datetime.combine(day, time(0), tzinfo=tz)

    def purge_personal_data(
        self, older_than_days: int | None = None, *, dry_run: bool = False
    ) -> tuple[PurgeReport, Changes]:
        days = (
            older_than_days
            if older_than_days is not None
            else self._ctx.setting("purge_after_days")
        )
        if days is None:
            raise UserError(Message("purge.which_orders"))
        days = check_days(days)
        before = self.purge_cutoff(days).isoformat(timespec="seconds")
        repo = PrivacyRepo(self._ctx.db)
        report = PurgeReport(days, before, dry_run=dry_run)
        if dry_run:
            report.orders = [
                f"{r['marketplace']} {r['order_number']}" for r in repo.purgeable(before)
            ]
            return report, Changes(message=report.summary())
        with self._ctx.transaction():  # chosen under the write lock: two stations purge once
            found = repo.purgeable(before)
            ids = [row["id"] for row in found]
            for order_id in ids:
                self._purge_order(repo, order_id)
            if ids:
                self._ctx.event(
                    "personal_data_purged", None, orders=ids, older_than_days=days, before=before
                )
                self._ctx.settings.set(COMPACT_PENDING, True)
        report.orders = [f"{r['marketplace']} {r['order_number']}" for r in found]
        if self._ctx.settings.get(COMPACT_PENDING):
            report.compacted = repo.compact()
            if report.compacted:
                with self._ctx.transaction():
                    self._ctx.settings.set(COMPACT_PENDING, False)
                repo.checkpoint()
        changes = Changes(
            orders=frozenset(ids), queue=bool(ids), scores=bool(ids), message=report.summary()
        )
        return report, changes

    def _purge_order(self, repo: PrivacyRepo, order_id: int) -> None:
        """One order's personal data, everywhere it is kept (see the module's notes)."""
        personal = repo.personal(order_id)
        sources = repo.line_sources(order_id)
        events = repo.event_details(order_id)
        found = [personal[c] for c in PERSONAL_COLUMNS]
        for _id, text in [*sources, *events]:
            found += personal_in_json(_loads(text))
        secrets = personal_values(found)
        for line_id, text in sources:
            cleaned = scrub_json_text(text, secrets)
            if cleaned != text:
                repo.set_line_source(line_id, cleaned)
        for incident_id, reason, note in repo.incidents(order_id):
            repo.set_incident(incident_id, erase_text(reason, secrets), erase_text(note, secrets))
        for inquiry_id, subject in repo.inquiries(order_id):
            repo.set_inquiry_subject(inquiry_id, erase_text(subject, secrets))
        # A hold note is a typed text or a stored message (JSON): scrubbed as either.
        note = scrub_json_text(personal["hold_note"], secrets)
        repo.erase(order_id, hold_note=note, at=self._ctx.now())
        rewritten = []
        for event_id, text in events:
            cleaned = scrub_json_text(text, secrets)
            if cleaned != text:
                rewritten.append((event_id, cleaned))
        repo.rewrite_event_details(order_id, rewritten)
        self._ctx.event("personal_data_purged", order_id)

    def purge_on_open(self) -> None:
        """With `purge_after_days` set, the purge runs each time a database is opened (the
        cut-off moves once a day, so mostly it finds nothing)."""
        if self._ctx.setting("purge_after_days") is None:
            return
        try:
            report, _ = self.purge_personal_data()
        except UserError as exc:
            self._ctx.open_notes.append(Message("purge.on_open_failed", why=exc.message))
            return
        if report.compacted is False:
            self._ctx.open_notes.append(report.summary())


def _loads(text: str):
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


__all__ = ["PrivacyService", "PurgeReport", "check_days"]
