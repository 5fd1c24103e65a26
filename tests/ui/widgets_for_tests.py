"""Small Qt parts the tests build their own widgets from."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel


def one_column_model(header: str, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(0, 1, parent)
    model.setHorizontalHeaderItem(0, QStandardItem(header))
    model.appendRow(QStandardItem("1"))
    return model
