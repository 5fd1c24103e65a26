"""The marketplace-file use cases of the Desk: import previews, column mappings, exports.

A mixin only so that desk.py stays readable; `Desk` is still the one façade.
"""

from __future__ import annotations


class ExchangeUseCases:
    pass
