"""The label layouts a shop can print with (`desk.layouts`): the built-in ones shipped in
resources/label_layouts/, and the shop's own in the shop's database (table `label_layouts`,
shared by every PC of a PostgreSQL shop), where one wins over the built-in one of its name.

A shop's layout is added from a file (`<name>.json`, read and checked as every layout is:
a broken one is refused in one sentence, nothing stored) and kept as the file's text, which
`file_text` gives back to export. Printing reads only the layouts it prints with, so a layout
that no longer reads (one a later version stored) stops only the labels that use it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.labels import folder_move
from fulfil_desk.core.labels.layout import Layout
from fulfil_desk.core.labels.layout_file import layout_text, parse_layout_text, read_layout
from fulfil_desk.core.storage.layouts_repo import LayoutRepo, StoredLayout

SUFFIX = ".json"


def builtin_folder() -> Path:
    return resource_path("label_layouts")


@dataclass(frozen=True)
class LayoutEntry:
    layout: Layout
    builtin: bool  # shipped with the app (else the shop's own, in its database)
    replaces_builtin: bool = False  # the shop's layout of a built-in layout's name
    saved: StoredLayout | None = None  # the shop's: when and by whom it was added


class LayoutService:
    def __init__(self, *, ctx: DeskContext, builtin: Path | None = None):
        self._ctx = ctx
        self._builtin = builtin or builtin_folder()
        self._repo = LayoutRepo(ctx.db)
        self._files: dict[Path, tuple[tuple[int, int], Layout]] = {}
        self._rows: dict[str, tuple[str, Layout]] = {}  # name: (its text, read from it)

    # ---- reading --------------------------------------------------------------------------

    def names(self) -> list[str]:
        return sorted({*self._repo.names(), *self._builtin_names()})

    def all(self) -> list[LayoutEntry]:
        """Every layout, by name; BadFile when one of them is not a layout."""
        shop = {stored.name: stored for stored in self._repo.all()}
        shipped = self._builtin_names()
        entries = []
        for name in sorted({*shop, *shipped}):
            stored = shop.get(name)
            if stored is None:
                entries.append(LayoutEntry(self._file(self._builtin_path(name)), builtin=True))
            else:
                layout = self._stored(stored)
                entries.append(LayoutEntry(layout, False, name in shipped, saved=stored))
        return entries

    def named(self, name: str) -> Layout:
        stored = self._repo.get(name)
        if stored is not None:
            return self._stored(stored)
        if _plain(name) and self._builtin_path(name).is_file():
            return self._file(self._builtin_path(name))
        raise NotFound(Message("labels.no_such_layout", name=name, names=tuple(self.names())))

    def file_text(self, name: str) -> str:
        """The layout as a file holds it (to export it): the text the shop's was added as,
        or the built-in file's."""
        stored = self._repo.get(name)
        if stored is not None:
            return stored.text
        self.named(name)  # NotFound, or BadFile for a built-in file that does not read
        return layout_text(self._builtin_path(name))

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

    # ---- the shop's own -------------------------------------------------------------------

    def add(self, path: Path, *, replace: bool = False) -> Changes:
        """The layout in the file `path` (`<name>.json`) as one of the shop's. A shop's layout
        of that name is replaced only with `replace`; a built-in one's name is taken over."""
        return self.add_text(layout_text(path), name=path.stem, replace=replace, file=str(path))

    def add_text(
        self, text: str, *, name: str, replace: bool = False, file: str | None = None
    ) -> Changes:
        """The layout `text` holds (whose `name` must be `name`) as one of the shop's."""
        if not _plain(name):
            raise UserError(Message("labels.bad_layout_name", name=name))
        layout = parse_layout_text(text, file=file or name, stem=name)  # BadFile: nothing kept
        with self._ctx.transaction():
            before = self._repo.get(name)
            if before is not None and not replace:
                raise UserError(
                    Message(
                        "labels.layout_exists", name=name, at=_moment(before), by=before.saved_by
                    )
                )
            self._repo.save(StoredLayout(name, text, self._ctx.now(), self._ctx.actor))
            self._ctx.event(
                "label_layout_added", None, name=name, replaced=before is not None, file=file
            )
        self._rows[name] = (text, layout)
        said = (
            Message("labels.layout_replaced", name=name)
            if before is not None
            else Message("labels.layout_added_over_builtin", name=name)
            if name in self._builtin_names()
            else Message("labels.layout_added", name=name)
        )
        return Changes(message=said)

    def remove(self, name: str) -> Changes:
        """One of the shop's layouts out of its database (a built-in one of its name is used
        again). Refused while a setting chooses it and no built-in one would stand in."""
        builtin = name in self._builtin_names()
        with self._ctx.transaction():
            if self._repo.get(name) is None:
                if builtin:
                    raise UserError(Message("labels.builtin_not_removable", name=name))
                raise NotFound(
                    Message("labels.no_such_layout", name=name, names=tuple(self.names()))
                )
            chosen_by = self._chosen_by(name)
            if chosen_by and not builtin:
                raise UserError(Message("labels.layout_in_use", name=name, settings=chosen_by))
            self._repo.delete(name)
            self._ctx.event("label_layout_removed", None, name=name)
        self._rows.pop(name, None)
        said = (
            Message("labels.layout_removed_builtin_back", name=name)
            if builtin
            else Message("labels.layout_removed", name=name)
        )
        return Changes(message=said)

    def move_old_folder(self) -> None:
        """On opening: the layout files of the folder the shop's own were kept in before they
        moved into its database (`<database>.layouts/`, beside the file; on this PC for a
        PostgreSQL shop) are added, the folder renamed; what it says goes to `open_notes`."""
        folder = self.old_folder()
        if not (folder.is_dir() and any(folder.glob(f"*{SUFFIX}"))):
            return
        try:
            news, notes = folder_move.move_in(self._ctx, self._repo, folder)
            self._ctx.open_news.extend(news)
            self._ctx.open_notes.extend(notes)
        except UserError as exc:  # another station saving: moved at the next opening
            self._ctx.open_notes.append(
                Message("labels.folder_move_failed", folder=str(folder), why=exc.message)
            )

    def old_folder(self) -> Path:
        path = self._ctx.path
        return path.with_name(path.name + ".layouts")

    # ---- inside ---------------------------------------------------------------------------

    def _chosen_by(self, name: str) -> tuple[str, ...]:
        """The settings that choose the layout `name`: `label_layouts` (a courier's code)."""
        chosen = self._ctx.setting("label_layouts") or {}
        found = [f"label_layouts.{code}" for code, value in sorted(chosen.items()) if value == name]
        if self._ctx.setting("default_label_layout") == name:
            found.append("default_label_layout")
        return tuple(found)

    def _builtin_names(self) -> set[str]:
        return {p.stem for p in self._builtin.glob(f"*{SUFFIX}")}

    def _builtin_path(self, name: str) -> Path:
        return self._builtin / f"{name}{SUFFIX}"

    def _stored(self, stored: StoredLayout) -> Layout:
        """A shop's layout, read again only when its text changed (another PC replaced it)."""
        known = self._rows.get(stored.name)
        if known is not None and known[0] == stored.text:
            return known[1]
        layout = parse_layout_text(stored.text, file=stored.name, stem=stored.name)
        self._rows[stored.name] = (stored.text, layout)
        return layout

    def _file(self, path: Path) -> Layout:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self._files.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        layout = read_layout(path)
        self._files[path] = (stamp, layout)
        return layout


def _plain(name: str) -> bool:
    """A name a file can have: not empty, no folder in it, no control character."""
    return (
        bool(name.strip())
        and name not in (".", "..")
        and not any(c in "/\\" or ord(c) < 32 for c in name)
    )


def _moment(stored: StoredLayout) -> datetime:
    return datetime.fromisoformat(stored.saved_at)
