"""Demo content for Madang, used by ``manage.py load_demo``: the builder (``build``),
the illustrations it draws (``images``) and the site package's data files (``data/``).
Events and tours keep their own data files and name them in their ``AppConfig``."""
