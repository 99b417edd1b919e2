from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToursConfig(AppConfig):
    name = "tours"
    verbose_name = _("Tours")
    # Read by ``manage.py load_demo`` (madang.core.demo.build), after the events' demo.
    demo_data = ("demo/tours.yaml",)
