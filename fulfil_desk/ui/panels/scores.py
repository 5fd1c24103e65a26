"""The seller-score side panel: per marketplace the shop sells on, each metric with its rate,
counts, window, target, status colour and eight-window trend; clicking one lists the orders
behind it. Below: the orders at risk and what they cost, open inquiries with their 24-hour
countdown, and performance notices with their two countdowns and the plan of action.

It never takes focus from the scan box. On `Changes` it re-reads only the marketplaces of the
orders that changed (all of them when a setting changed); countdowns tick from the times it
already has, without a query.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfil_desk.core.kernel.errors import DatabaseUnreachable
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.base import no_focus, plain_label
from fulfil_desk.ui.panels.score_dialogs import InquiryDialog, NoticeDialog, PlanDialog
from fulfil_desk.ui.panels.score_widgets import (
    AtRiskView,
    MetricRow,
    countdown,
    seconds_until,
)
from fulfil_desk.ui.words import name, short_moment, term

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

PROBLEM_COLOUR = "#ffcdd2"
LATE_STYLE = "color: #b71c1c; font-weight: bold;"
TICK_MS = 30_000  # countdowns
FULL_EVERY_TICKS = 20  # time moves the windows on: everything again every 10 minutes
SELECTED_STYLE = "#metricRow { border: 2px solid #1565c0; }"


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class ScoresPanel(QWidget):
    def __init__(self, *, controller: DeskController, refocus=None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.desk = controller.desk
        self._refocus = refocus or (lambda: None)
        self.words = words = controller.words
        self.groups: dict[str, QGroupBox] = {}
        self.rows: dict[tuple[str, str], MetricRow] = {}
        self.selected: tuple[str, str] | None = None
        self._metric_rows: list[dict] = []
        self._countdowns: list[tuple[QLabel, str, str]] = []
        self.dialog = None
        self.setMinimumWidth(380)

        self.markets = QVBoxLayout()
        self.empty = plain_label(
            self.tr(
                "No orders yet from a marketplace with seller scores "
                "(Coupang, Amazon, eBay, Shopee, Wish)."
            )
        )
        self.orders_title = plain_label(self.tr("Click a metric to see the orders behind it."))
        self.orders_model = TableModel(
            columns=[
                Column("", lambda r: "!" if r["problem"] else ""),
                Column(self.tr("Order"), lambda r: r.get("order_number") or f"#{r['id']}"),
                Column(self.tr("Date"), lambda r: short_moment(words, r["date"])),
                Column(
                    self.tr("Ship by"),
                    lambda r: short_moment(words, r.get("ship_by") or r.get("due_at")),
                ),
                Column(
                    self.tr("Done"),
                    lambda r: short_moment(words, r.get("shipped_at") or r.get("answered_at")),
                ),
                Column(self.tr("Status"), lambda r: term(words, "status", r.get("status"))),
            ],
            fetch=lambda offset, limit: self._metric_rows[offset : offset + limit],
            page_size=100,
            row_colour=lambda r: PROBLEM_COLOUR if r["problem"] else None,
            parent=self,
        )
        self.orders_view = QTableView()
        self.orders_view.setObjectName("metricOrders")
        self.orders_view.setModel(self.orders_model)
        self.orders_view.verticalHeader().setVisible(False)
        header = self.orders_view.horizontalHeader()  # every column whole, the order's stretched
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.orders_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orders_view.setMinimumHeight(150)
        self.orders_view.doubleClicked.connect(self._open_order)
        self.at_risk = AtRiskView(words=words)
        self.inquiry_rows = QVBoxLayout()
        self.notice_rows = QVBoxLayout()
        new_inquiry = QPushButton(self.tr("New inquiry…"))
        new_inquiry.clicked.connect(self.open_inquiry_dialog)
        new_notice = QPushButton(self.tr("New notice…"))
        new_notice.clicked.connect(self.open_notice_dialog)
        no_focus(self.orders_view, new_inquiry, new_notice)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addLayout(self.markets)
        layout.addWidget(self.orders_title)
        layout.addWidget(self.orders_view)
        layout.addWidget(self._heading(self.tr("At risk: due today or tomorrow")))
        layout.addWidget(self.at_risk)
        layout.addWidget(self._heading(self.tr("Open inquiries (answer within 24 h)")))
        layout.addLayout(self.inquiry_rows)
        layout.addWidget(new_inquiry, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._heading(self.tr("Performance notices")))
        layout.addLayout(self.notice_rows)
        layout.addWidget(new_notice, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        no_focus(self, scroll, content)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._ticks = 0

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 8, 0, 0)
        return label

    # ---- refreshing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Everything: every marketplace's metrics, the orders at risk, inquiries, notices."""
        by_market: dict[str, list[dict]] = {}
        for result in self.desk.scores.scores(problems=False):
            by_market.setdefault(result.metric.marketplace, []).append(result.as_dict())
        for market in list(self.groups):
            if market not in by_market:
                self.groups.pop(market).deleteLater()
                self.rows = {k: r for k, r in self.rows.items() if k[0] != market}
        for market, results in by_market.items():
            self._show_market(market, results)
        self.empty.setVisible(not self.groups)
        self.refresh_at_risk()
        self.refresh_inquiries()
        self.refresh_notices()
        self._reshow_orders(set(by_market))

    def on_changes(self, changes) -> None:
        """Only what `changes` can move: the changed orders' marketplaces (their current
        windows; the older windows of the trend cannot change), the at-risk list, and the
        inquiries and notices when they changed. A setting changed: everything."""
        if changes.settings:
            self.refresh()
            return
        markets = set(self.desk.scores.marketplaces_of(changes.orders)) if changes.orders else set()
        if changes.scores:
            defs = self.desk.scores.metric_definitions()
            markets |= {m for m in self.groups if any(d.subject == "inquiries" for d in defs.of(m))}
            self.refresh_inquiries()
            self.refresh_notices()
        scored = set(self.desk.scores.metric_definitions().metrics)
        for market in sorted(markets & scored):
            now = [
                r.as_dict() for r in self.desk.scores.scores(market, trend=False, problems=False)
            ]
            self._show_market(market, [self._with_trend(r) for r in now])
        self.empty.setVisible(not self.groups)
        if changes.orders or changes.queue:
            self.refresh_at_risk()
        self._reshow_orders(markets)

    def _with_trend(self, result: dict) -> dict:
        """The current window's result with the earlier windows of the trend already shown."""
        row = self.rows.get((result["marketplace"], result["metric"]))
        earlier = row.result["trend"][:-1] if row is not None else []
        return {**result, "trend": [*earlier, *result["trend"]]}

    def _show_market(self, market: str, results: list[dict]) -> None:
        group = self.groups.get(market)
        if group is None:
            names = self.desk.scores.metric_definitions().names.get(market, {})
            group = QGroupBox(name(self.words, names, market))
            layout = QVBoxLayout()
            group.setLayout(layout)
            layout.setContentsMargins(4, 4, 4, 4)
            layout.setSpacing(3)
            no_focus(group)
            self.groups[market] = group
            self.markets.addWidget(group)
        for result in results:
            key = (result["marketplace"], result["metric"])
            row = self.rows.get(key)
            if row is None:
                row = MetricRow(result=result, words=self.words)
                row.clicked.connect(self.show_orders)
                self.rows[key] = row
                metrics = group.layout()
                assert metrics is not None  # the group is made with its layout, above
                metrics.addWidget(row)
            else:
                row.show_result(result)

    # ---- the orders behind a metric ----------------------------------------------------------

    def show_orders(self, marketplace: str, metric: str) -> None:
        self.selected = (marketplace, metric)
        found = self.desk.scores.metric_orders(marketplace, metric)
        self._metric_rows = found["rows"]
        info = found["metric"]
        problems = sum(1 for r in self._metric_rows if r["problem"])
        self.orders_title.setText(
            self.tr("{metric}: {count} in the window, {problems} against the shop").format(
                metric=name(self.words, info["names"], info["name"]),
                count=len(self._metric_rows),
                problems=problems,
            )
        )
        for key, row in self.rows.items():
            row.setStyleSheet(SELECTED_STYLE if key == self.selected else "")
        self.orders_model.reload()
        self.orders_view.resizeColumnsToContents()

    def _reshow_orders(self, markets: set[str]) -> None:
        if self.selected and self.selected[0] in markets:
            self.show_orders(*self.selected)

    def _open_order(self, index) -> None:
        row = self.orders_model.row(index.row())
        if "status" in row:
            self.controller.open_order(row["id"])

    def refresh_at_risk(self) -> None:
        self.at_risk.show_found(self.desk.scores.at_risk())

    # ---- inquiries and notices ---------------------------------------------------------------

    def refresh_inquiries(self) -> None:
        self._countdowns = [c for c in self._countdowns if c[2] != "inquiry"]
        _clear(self.inquiry_rows)
        found = self.desk.notices.inquiries(open_only=True)
        if not found:
            self.inquiry_rows.addWidget(plain_label(self.tr("No open inquiries.")))
        for q in found:
            text = " · ".join(
                p for p in (q["marketplace"], q["order_number"] or f"#{q['id']}", q["subject"]) if p
            )
            answer = QPushButton(self.tr("Answered"))
            answer.clicked.connect(lambda _=False, i=q["id"]: self._answer(i))
            self.inquiry_rows.addWidget(self._item(text, [(q["due_at"], "inquiry")], answer))
        self.tick()

    def refresh_notices(self) -> None:
        self._countdowns = [c for c in self._countdowns if c[2] not in ("response", "plan")]
        _clear(self.notice_rows)
        found = [n for n in self.desk.notices.notices() if n["responded_at"] is None]
        if not found:
            self.notice_rows.addWidget(plain_label(self.tr("No open performance notices.")))
        for n in found:
            metric = name(self.words, n["metric_names"], n["metric_name"])
            plan = QPushButton(self.tr("Plan of action…"))
            plan.clicked.connect(lambda _=False, i=n["id"]: self.open_plan_dialog(i))
            due = [(n["response_due"], "response"), (n["plan_due"], "plan")]
            self.notice_rows.addWidget(
                self._item(f"{n['id']} · {n['marketplace']} · {metric}", due, plan)
            )
        self.tick()

    def _item(self, text: str, dues: list[tuple[str, str]], button: QPushButton) -> QWidget:
        item = QFrame()
        item.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(item)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(plain_label(text))
        line = QHBoxLayout()
        for due, kind in dues:
            label = QLabel()
            label.setObjectName(f"countdown_{kind}")
            self._countdowns.append((label, due, kind))
            line.addWidget(label)
        line.addStretch(1)
        line.addWidget(button)
        layout.addLayout(line)
        no_focus(item, button)
        return item

    def tick(self) -> None:
        """Every countdown from the due times already read: no query. Every ten minutes, as
        windows move on with time, everything is read again."""
        if self.sender() is self.timer:
            self._ticks += 1
            if self._ticks % FULL_EVERY_TICKS == 0:
                with suppress(DatabaseUnreachable):  # kept as they were; read at the next tick
                    self.refresh()
                return
        now = self.desk.clock.now()
        words = {
            "inquiry": (self.tr("{t} left"), self.tr("late by {t}")),
            "response": (self.tr("Respond: {t} left"), self.tr("Respond: late by {t}")),
            "plan": (self.tr("Plan: {t} left"), self.tr("Plan: late by {t}")),
        }
        for label, due, kind in self._countdowns:
            text, late = countdown(seconds_until(due, now))
            label.setText(words[kind][late].format(t=text))
            label.setStyleSheet(LATE_STYLE if late else "")

    def _answer(self, inquiry_id: int) -> None:
        self.controller.run(self.desk.notices.answer_inquiry, inquiry_id)

    # ---- dialogs -----------------------------------------------------------------------------

    def _open(self, dialog) -> None:
        dialog.finished.connect(lambda _result: self._refocus())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def open_plan_dialog(self, notice_id: str) -> PlanDialog:
        dialog = PlanDialog(controller=self.controller, notice_id=notice_id, parent=self.window())
        self._open(dialog)
        return dialog

    def open_inquiry_dialog(self) -> InquiryDialog:
        dialog = InquiryDialog(
            controller=self.controller,
            marketplaces=self.desk.scores.score_marketplaces(),
            parent=self.window(),
        )
        self._open(dialog)
        return dialog

    def open_notice_dialog(self) -> NoticeDialog:
        dialog = NoticeDialog(controller=self.controller, parent=self.window())
        self._open(dialog)
        return dialog
