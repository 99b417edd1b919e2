"""The documents' task, by the name django-tasks keeps in queued rows.

The task lives beside the code it runs (``services.make_documents``).
"""

from .services import make_documents

__all__ = ["make_documents"]
