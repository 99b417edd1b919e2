"""An event's time zone.

The registration status of events (and of tours) is the engine's one status
API: ``page.registration_status()`` (``madang.registrations.contract``).
"""

from madang.registrations.contract import zone_of


def event_zone(page):
    """The ``ZoneInfo`` of the page's time zone; UTC for an unknown one."""
    return zone_of(page.time_zone)
