"""Simplified Chinese: the core's messages, one module per domain beside the English (en_*.py)."""
