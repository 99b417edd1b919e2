"""Our corrections to Django's per-language date and time formats (``FORMAT_MODULE_PATH``).

Only what differs from Django's own ``django/conf/locale/<lang>/formats.py``;
everything else falls back to Django's.
"""
