"""The seller-score use cases of the Desk: metrics, orders at risk, inquiries, notices, plans.

A mixin only so that desk.py stays readable; `Desk` is still the one façade.
"""

from __future__ import annotations


class ScoreUseCases:
    pass
