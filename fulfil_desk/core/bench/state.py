"""What a station's bench holds between scans (`Bench.state`): the page, the order or pick
list open, the choices made at it, the labels asked for. Saved with each accepted scan
(core/bench/stations.py), so a restart resumes where the last one left it."""

from __future__ import annotations

from dataclasses import dataclass, field

from fulfil_desk.core.bench.commands import QUEUE
from fulfil_desk.core.bench.units import Manual


@dataclass
class BenchState:
    page: str = QUEUE  # QUEUE, DONE, a Step value, or a stock page
    order_id: int | None = None  # the order open (on DONE: the finished order shown)
    pick_list_id: int | None = None
    box: str | None = None
    weight_g: int | None = None
    courier: str | None = None
    pending: list[str] = field(default_factory=list)  # print, save, reprint:<reason>
    takeover: int | None = None  # the order another station had open when it was refused
    manual: Manual | None = None
