"""The calendar use cases of the Desk: non-shipping days, ship-by deadlines, daily capacity.

A mixin only so that desk.py stays readable; `Desk` is still the one façade.
"""

from __future__ import annotations


class CalendarUseCases:
    pass
