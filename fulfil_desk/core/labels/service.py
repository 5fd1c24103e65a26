"""The label layouts a shop can print with (`desk.layouts`): the built-in ones shipped in
resources/label_layouts/, and the shop's own in the folder beside its database
(`<database>.layouts/`), where a file wins over the built-in one of the same name.

A layout's file is `<name>.json`: printing reads only the layouts it prints with, so a
broken file stops only the labels that use it (and the list of layouts, which says why)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.labels.layout import Layout
from fulfil_desk.core.labels.layout_file import read_layout

SUFFIX = ".json"


def builtin_folder() -> Path:
    return resource_path("label_layouts")


@dataclass(frozen=True)
class LayoutEntry:
    layout: Layout
    builtin: bool  # shipped with the app (else the shop's own file)
    replaces_builtin: bool = False  # the shop's file of a built-in layout's name


class LayoutService:
    def __init__(self, *, ctx: DeskContext, builtin: Path | None = None):
        self._ctx = ctx
        self._builtin = builtin or builtin_folder()
        self._read: dict[Path, tuple[tuple[int, int], Layout]] = {}

    def shop_folder(self) -> Path:
        """Where the shop's own layout files go: beside the database."""
        path = self._ctx.path
        return path.with_name(path.name + ".layouts")

    def names(self) -> list[str]:
        found = {p.stem for folder in self._folders() for p in folder.glob(f"*{SUFFIX}")}
        return sorted(found)

    def all(self) -> list[LayoutEntry]:
        """Every layout, by name; BadFile when one of the files is not a layout."""
        shop = self.shop_folder()
        entries = []
        for name in self.names():
            layout = self.named(name)
            builtin = layout.path is not None and layout.path.parent != shop
            shipped = (self._builtin / f"{name}{SUFFIX}").is_file()
            entries.append(LayoutEntry(layout, builtin, replaces_builtin=shipped and not builtin))
        return entries

    def named(self, name: str) -> Layout:
        for folder in self._folders():
            path = folder / f"{name}{SUFFIX}"
            if "/" not in name and "\\" not in name and path.is_file():
                return self._layout(path)
        raise NotFound(Message("labels.no_such_layout", name=name, names=tuple(self.names())))

    def for_courier(self, courier_code: str | None) -> Layout:
        """The layout of the courier's labels (setting `label_layouts`), else the default
        (setting `default_label_layout`)."""
        chosen = self._ctx.setting("label_layouts") or {}
        name = chosen.get(courier_code or "") or self._ctx.setting("default_label_layout")
        return self.named(name)

    def for_orders(self, orders: list[Order], *, name: str | None = None) -> list[Layout]:
        """Each order's layout: `name` for all when given, else its courier's (the shop's
        `default_courier` for an order that has none yet: the one it hands parcels to)."""
        if name is not None:
            return [self.named(name)] * len(orders)
        default = self._ctx.setting("default_courier")
        by_courier: dict[str | None, Layout] = {}
        for order in orders:
            code = order.courier_code or default
            if code not in by_courier:
                by_courier[code] = self.for_courier(code)
        return [by_courier[o.courier_code or default] for o in orders]

    def _folders(self) -> list[Path]:
        return [self.shop_folder(), self._builtin]

    def _layout(self, path: Path) -> Layout:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self._read.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        layout = read_layout(path)
        self._read[path] = (stamp, layout)
        return layout
