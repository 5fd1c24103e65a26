"""The shop's own layouts from before they were kept in its database: the files of the folder
beside it (`<database>.layouts/`; a PostgreSQL shop's in each PC's data folder) added to the
database when the shop opens, in one transaction with one event, then the folder renamed
(`<database>.layouts.moved`, the files kept as they were) so that it is not read again.

Each PC of a PostgreSQL shop brings its own folder's layouts the first time it opens the
shop. A file whose name the database already has with other words is left out (the
database's is what every PC prints with) and said; so is a file that is not a layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.labels.layout_file import layout_text, parse_layout_text
from fulfil_desk.core.storage.layouts_repo import LayoutRepo, StoredLayout


def move_in(
    ctx: DeskContext, repo: LayoutRepo, folder: Path
) -> tuple[list[Message], list[Message]]:
    """Add the layouts of `folder`, rename it; what a person should be told: the news (what
    moved in) and what went wrong (files left out, a folder not renamed)."""
    added: list[str] = []
    notes: list[Message] = []
    left_out: list[str] = []
    with ctx.transaction():
        files = sorted(folder.glob("*.json"))  # under the lock: another station's move is done
        if not files:
            return [], []
        for path in files:
            try:
                text = layout_text(path)
                parse_layout_text(text, file=str(path), stem=path.stem)
            except BadFile as refused:
                left_out.append(path.name)
                notes.append(Message("labels.folder_file_refused", problem=refused.message))
                continue
            there = repo.get(path.stem)
            if there is None:
                repo.save(StoredLayout(path.stem, text, ctx.now(), ctx.actor))
                added.append(path.stem)
            elif there.text != text:
                left_out.append(path.name)
                at = datetime.fromisoformat(there.saved_at)
                notes.append(
                    Message(
                        "labels.folder_file_kept_out",
                        file=str(path),
                        name=path.stem,
                        at=at,
                        by=there.saved_by,
                    )
                )
        ctx.event(
            "label_layouts_moved_in", None, folder=str(folder), added=added, left_out=left_out
        )
    moved = _free_name(folder)
    try:
        folder.rename(moved)
    except OSError as exc:
        notes.append(
            Message("labels.folder_not_renamed", folder=str(folder), why=exc.strerror or str(exc))
        )
        moved = folder
    said = (
        Message("labels.folder_moved", folder=str(folder), names=tuple(added), moved=str(moved))
        if added
        else Message("labels.folder_moved_none", folder=str(folder), moved=str(moved))
    )
    return [said], notes


def _free_name(folder: Path) -> Path:
    """`<folder>.moved`, or `.moved-2`, … when that is taken."""
    candidate = folder.with_name(f"{folder.name}.moved")
    number = 2
    while candidate.exists():
        candidate = folder.with_name(f"{folder.name}.moved-{number}")
        number += 1
    return candidate
