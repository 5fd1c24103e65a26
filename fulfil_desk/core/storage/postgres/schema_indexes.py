"""The indexes of a PostgreSQL shop, by SQLite's names and expressions, partial ones included
(julianday, instr and substr are schema_functions'). SQLite's indexes of UNIQUE and PRIMARY
KEY constraints are the constraints' own here."""

from __future__ import annotations

from fulfil_desk.core.storage.schema import scores
from fulfil_desk.core.storage.schema.score_indexes import SCORE_INDEXES  # m005's, as written

INDEXES = f"""
CREATE INDEX barcodes_sku ON barcodes(sku);
CREATE INDEX orders_status_ship_by ON orders(status, ship_by);
CREATE INDEX order_lines_sku ON order_lines(sku);
CREATE UNIQUE INDEX shipments_tracking
    ON shipments(tracking_number) WHERE tracking_number IS NOT NULL;
CREATE INDEX stock_ledger_sku ON stock_ledger(sku);
CREATE INDEX events_order ON events(order_id);
CREATE INDEX calendar_days_day ON calendar_days(day);
CREATE INDEX order_incidents_order ON order_incidents(order_id);
{SCORE_INDEXES}
CREATE INDEX orders_not_purged ON orders(status) WHERE personal_data_purged_at IS NULL;
CREATE INDEX orders_number ON orders(order_number);
CREATE INDEX order_lines_coupang_order
    ON order_lines(substr(line_key, 1, instr(line_key, ':') - 1))
    WHERE instr(line_key, ':') > 1;
CREATE INDEX refused_scans_at ON refused_scans(julianday(at));
CREATE INDEX events_at ON events(julianday(at));
CREATE INDEX returns_order ON returns(order_id);
CREATE INDEX returns_tracking ON returns(tracking_number) WHERE tracking_number IS NOT NULL;
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE INDEX reships_original ON reships(original_id);
CREATE INDEX feedback_unanswered ON feedback(julianday(at)) WHERE reply IS NULL AND rating <= 2;
CREATE INDEX shipments_undelivered ON shipments(julianday(shipped_at))
    WHERE delivered_at IS NULL AND shipped_at IS NOT NULL;
CREATE INDEX waybill_bands_courier ON waybill_bands(courier);
CREATE UNIQUE INDEX waybill_numbers_live_order
    ON waybill_numbers(order_id) WHERE voided_at IS NULL AND order_id IS NOT NULL;
CREATE INDEX waybill_numbers_number ON waybill_numbers(number);
CREATE INDEX handovers_courier ON handovers(courier_code, closed_at);
CREATE INDEX handover_parcels_order ON handover_parcels(order_id, handed_over);
"""


def _score_indexes() -> list[str]:
    """The covering indexes of score rows, as SQLite's."""
    found = [
        f"CREATE INDEX score_orders_{date}"
        f" ON score_orders(marketplace, {date}, {scores.INDEXED_COLUMNS[date]})"
        f" WHERE {date} IS NOT NULL"
        for date in scores.DATE_COLUMNS
    ]
    found.append("CREATE INDEX score_orders_local ON score_orders(marketplace) WHERE local = 1")
    return found


def statements() -> list[str]:
    return [s.strip() for s in INDEXES.split(";") if s.strip()] + _score_indexes()
