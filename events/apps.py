from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    # Read by ``manage.py load_demo`` (madang.core.demo.build), after the site's demo.
    demo_data = ("demo/events.yaml",)
    demo_drawings = {"gwangju-floor-map": "events.demo.floor_map.floor_map_png"}
