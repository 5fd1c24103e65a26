"""Map columns…: for a layout fulfil-desk does not know, say once which column is which.

Shows the file's first rows, a column chooser for each field (guessed from the header
names where it can), and the name to save the mapping under; imports reuse it by name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.exchange.formats import ColumnMapping
from fulfil_desk.core.exchange.formats.charsets import label as encoding_label
from fulfil_desk.core.exchange.formats.mapped import FIELDS, REQUIRED_FIELDS
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.ui.models import Column, TableModel

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

# Header words that usually name a field, in the languages sellers' files come in.
GUESSES = {
    "order_number": ("주문번호", "order number", "order_number", "order id", "订单号", "注文番号"),
    "ordered_at": ("주문일", "order date", "ordered_at", "created", "下单时间", "注文日"),
    "ship_by": ("출고예정", "ship by", "发货期限", "出荷予定"),
    "recipient_name": (
        "받는",
        "수취인",
        "recipient",
        "ship to name",
        "收件人",
        "収件人",
        "お届け先",
    ),
    "phone": ("연락처", "전화", "phone", "电话", "手机", "電話"),
    "address1": ("주소", "address", "地址", "住所"),
    "postal_code": ("우편", "zip", "postal", "postcode", "邮编", "郵便"),
    "country": ("국가", "country", "国家", "国"),
    "city": ("city", "城市", "市区町村"),
    "state": ("state", "province", "省", "都道府県"),
    "sku": ("상품코드", "sku", "품번", "商品编码", "商品コード"),
    "title": ("상품명", "title", "product", "商品名", "商品名称"),
    "quantity": ("수량", "quantity", "qty", "数量"),
    "unit_price": ("판매가", "단가", "price", "单价", "価格"),
    "currency": ("통화", "currency", "币种", "通貨"),
}


def guess(field: str, headers: list[str]) -> str:
    for word in GUESSES.get(field, ()):
        for header in headers:
            if word in header.lower():
                return header
    return ""


def _cell_of(i: int) -> Callable[[dict], Any]:
    """Cell `i` of a preview row ("" past the row's end)."""
    return lambda row: row.get(i, "")


class MappingDialog(QDialog):
    def __init__(
        self, *, controller: DeskController, path: Path, encoding: str | None = None, parent=None
    ):
        super().__init__(parent)
        self.controller = controller
        self.desk = controller.desk
        self.saved_name: str | None = None
        self.setWindowTitle(self.tr("Map columns"))
        self.resize(860, 620)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.peek = None
        try:
            self.peek = self.desk.exchange.peek_file(path, encoding=encoding)
        except UserError as exc:
            self.message.setText(self.controller.words(exc.message))
            self.message.setStyleSheet("color: #b71c1c;")
        headers = self.peek.header if self.peek else []
        rows = [dict(enumerate(r)) for r in (self.peek.rows if self.peek else [])]
        self.model = TableModel(
            columns=[Column(h or "—", _cell_of(i)) for i, h in enumerate(headers)],
            fetch=lambda offset, limit: rows[offset : offset + limit],
            parent=self,
        )
        self.model.reload()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setMaximumHeight(220)
        self.choosers: dict[str, QComboBox] = {}
        grid = QGridLayout()
        labels = self._field_labels()
        for i, field in enumerate(FIELDS):
            box = QComboBox()
            box.addItem(self.tr("(none)"), "")
            for header in headers:
                if header:
                    box.addItem(header, header)
            box.setCurrentIndex(max(box.findData(guess(field, headers)), 0))
            self.choosers[field] = box
            star = " *" if field in REQUIRED_FIELDS else ""
            grid.addWidget(QLabel(labels[field] + star), i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
        fields = QGroupBox(self.tr("Which column holds each field (* needed)"))
        fields.setLayout(grid)
        self.name_box = QLineEdit()
        self.name_box.setPlaceholderText(self.tr("e.g. smartstore"))
        self.marketplace_box = QLineEdit("csv")
        self.country_box = QLineEdit(self.desk.settings.get("country"))
        form = QFormLayout()
        form.addRow(self.tr("Save as"), self.name_box)
        form.addRow(self.tr("Marketplace"), self.marketplace_box)
        form.addRow(self.tr("Country when the file has none"), self.country_box)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(self.peek is not None)
        layout = QVBoxLayout(self)
        if self.peek is not None:
            where = self.tr("{file}: {encoding}, first {rows} rows").format(
                file=self.peek.file,
                encoding=self._encoding(self.peek.encoding),
                rows=len(self.peek.rows),
            )
            layout.addWidget(QLabel(where))
        layout.addWidget(self.table)
        layout.addWidget(fields)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name_box.setFocus()

    def _encoding(self, encoding: str) -> str:
        try:
            return self.controller.words.term(encoding_label(encoding))
        except UserError:  # a workbook: no text encoding
            return self.tr("workbook")

    def _field_labels(self) -> dict[str, str]:
        return {
            "order_number": self.tr("Order number"),
            "ordered_at": self.tr("Order date and time"),
            "ship_by": self.tr("Ship by"),
            "recipient_name": self.tr("Recipient name"),
            "phone": self.tr("Phone"),
            "address1": self.tr("Address line 1"),
            "address2": self.tr("Address line 2"),
            "address3": self.tr("Address line 3"),
            "city": self.tr("City"),
            "state": self.tr("State / province"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "sku": self.tr("SKU"),
            "title": self.tr("Item title"),
            "quantity": self.tr("Quantity"),
            "unit_price": self.tr("Unit price"),
            "currency": self.tr("Currency"),
        }

    def mapping(self) -> ColumnMapping:
        columns = {f: box.currentData() for f, box in self.choosers.items() if box.currentData()}
        return ColumnMapping.from_json(
            self.name_box.text().strip(),
            {
                "columns": columns,
                "marketplace": self.marketplace_box.text().strip() or "csv",
                "country": self.country_box.text().strip(),
            },
        )

    def save(self) -> None:
        try:
            mapping = self.mapping()
        except UserError as exc:
            self.message.setText(self.controller.words(exc.message))
            self.message.setStyleSheet("color: #b71c1c;")
            return
        if self.controller.run(self.desk.exchange.save_mapping, mapping) is not None:
            self.saved_name = mapping.name
            self.accept()
