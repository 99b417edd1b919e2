"""Placeholder: replaced by the CJK-aware backend."""

from modelsearch.backends.database import SearchBackend

__all__ = ["SearchBackend"]
