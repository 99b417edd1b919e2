"""Demo content for Madang, used by ``manage.py load_demo``: the builder (``build``),
what it does around the content (``housekeeping``: the admin account, the search and
reference indexes), the illustrations it draws (``images``) and the site package's
data files (``data/``).
Events and tours keep their own data files and name them in their ``AppConfig``."""
