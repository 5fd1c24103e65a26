"""The stock use cases of the Desk: goods in, counts, adjustments, shippable quantities.

A mixin only so that desk.py stays readable; `Desk` is still the one façade.
"""

from __future__ import annotations


class StockUseCases:
    pass
