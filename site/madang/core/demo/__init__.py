"""Demo content for Madang: texts (``content``), illustrations (``images``) and the
functions that build the site from them (``build``), used by ``manage.py load_demo``."""
