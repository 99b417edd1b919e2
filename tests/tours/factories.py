"""Study tours for tests: an index page and tours with realistic itineraries.

``make_tour(parent, days=…, stops_per_day=…, hosts=…)`` builds a TourPage whose
itinerary has ``days`` days from ``first_date``, each with ``stops_per_day``
consecutive stops at a few reusable places; ``hosts`` persons (with
organizations) host the stops in turn. Every StreamField item gets an
explicit id, so stop ids are known (see ``stop_ids``), as in the admin.
"""

import datetime
import itertools
import uuid

from django.db import transaction
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from madang.people.models import Organization
from tests.events.factories import make_people
from tests.factories import PageFactory, create_new
from tours.models import HostProfile, Place, TourIndexPage, TourPage

STOPS = [
    ("lecture", "의료생협의 역사 강의"),
    ("hospital", "병원 견학: 수술실, 병실, 조리실"),
    ("meal", "점심"),
    ("clinic", "진료소에서 가정의 교류"),
    ("travel", "버스로 이동"),
    ("members", "공원 체조 모임 참여"),
    ("exchange", "교류회"),
    ("care", "돌봄 시설 견학"),
]
DAY_STARTS_AT = datetime.time(9, 0)
DAY_MINUTES = 12 * 60


class TourIndexPageFactory(PageFactory):
    class Meta:
        model = TourIndexPage

    title = "연수 방문"
    slug = "tours"


def new_id():
    return str(uuid.uuid4())


def make_places(count, *, locale):
    return create_new(
        [
            Place(
                name=f"장소 {n + 1}",
                address=f"埼玉県さいたま市 {n + 1}",
                map_url=f"https://www.openstreetmap.org/?q=place-{n + 1}",
                locale=locale,
            )
            for n in range(count)
        ]
    )


def itinerary_value(*, first_date, days=3, stops_per_day=5, places=(), hosts=(), optional=()):
    """The raw StreamField data of an itinerary (list of ``day`` blocks).

    ``optional``: (day index, stop index) pairs of stops marked optional.
    """
    slot = min(90, DAY_MINUTES // max(stops_per_day, 1))
    length = slot - max(1, min(10, slot // 4))
    place_cycle = itertools.cycle(places) if places else None
    host_cycle = itertools.cycle(hosts) if hosts else None
    kinds = itertools.cycle(STOPS)
    value = []
    for d in range(days):
        date = first_date + datetime.timedelta(days=d)
        stops = []
        for s in range(stops_per_day):
            kind, title = next(kinds)
            begins = datetime.datetime.combine(date, DAY_STARTS_AT) + datetime.timedelta(
                minutes=slot * s
            )
            ends = begins + datetime.timedelta(minutes=length)
            stops.append(
                {
                    "type": "item",
                    "id": new_id(),
                    "value": {
                        "start": begins.time().isoformat(),
                        "end": ends.time().isoformat(),
                        "kind": kind,
                        "title": f"{title} ({d + 1}-{s + 1})",
                        "place": next(place_cycle).pk if place_cycle else None,
                        "place_detail": "2층 회의실" if s % 2 else "",
                        "description": f"{title}: 무엇을 하는지 적습니다.",
                        "hosts": [{"type": "item", "value": next(host_cycle).pk, "id": new_id()}]
                        if host_cycle and kind not in ("meal", "travel")
                        else [],
                        "interpretation": s % 2 == 0,
                        "optional": (d, s) in optional,
                    },
                }
            )
        value.append(
            {
                "type": "day",
                "id": new_id(),
                "value": {"date": date.isoformat(), "title": f"{d + 1}일차", "stops": stops},
            }
        )
    return value


def make_tour(
    parent,
    *,
    days=3,
    stops_per_day=5,
    hosts=4,
    places=3,
    title="의료생협 사이타마 연수 방문",
    slug=None,
    first_date=datetime.date(2030, 5, 17),
    time_zone="Asia/Tokyo",
    optional=(),
    publish=True,
    with_profile=True,
    **fields,
):
    """A live TourPage under ``parent`` (a TourIndexPage), in ``parent``'s locale.

    ``hosts``/``places``: numbers to create, or lists of existing ones. With
    ``publish`` (the default) a revision is saved and published, so the page
    has ``last_published_at`` like an edited page.
    """
    locale = parent.locale
    if isinstance(hosts, int):
        hosts = make_people(hosts, locale=locale)
    if isinstance(places, int):
        places = make_places(places, locale=locale)
    host = fields.pop("host", None)
    if host is None:
        host = Organization(
            name="医療生協さいたま",
            name_romanized="Iryō Seikyō Saitama",
            country="JP",
            locale=locale,
            website="https://example.org/saitama",
            description="<p>여섯 개 의료생협이 합병한 조합입니다.</p>",
        )
        create_new([host])
    if with_profile and not HostProfile.objects.filter(organization=host).exists():
        HostProfile.objects.create(
            organization=host,
            locale=locale,
            runs="병원 2곳\n진료소 20곳\n돌봄 시설",
            members=250000,
            members_year=2015,
            founded=1992,
            history="여섯 개 의료생협이 합병했습니다.",
        )
    values = {
        "title": title,
        "slug": slug or f"tour-{new_id()[:8]}",
        "locale": locale,
        "host": host,
        "start_date": first_date,
        "end_date": first_date + datetime.timedelta(days=max(days, 1) - 1),
        "time_zone": time_zone,
        "city": "사이타마현",
        "country": "JP",
        "intro": "일본 의료생협을 찾아가 배우는 연수입니다.",
        "itinerary": itinerary_value(
            first_date=first_date,
            days=days,
            stops_per_day=stops_per_day,
            places=places,
            hosts=hosts,
            optional=optional,
        ),
        **fields,
    }
    page = TourPage(**values)
    # Indexed in Wagtail's reference index (itinerary included) once, complete, rather
    # than at each of its saves (added, revision saved, published); read back, so that
    # the itinerary given here is saved as given.
    with disable_reference_index_auto_update():
        parent.add_child(instance=page)
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(TourPage.objects.get(pk=page.pk))
        if publish:
            page.save_revision().publish()
            page.refresh_from_db()
    return page


def stop_ids(page):
    """The page's stop ids in itinerary (chronological) order."""
    from tours.itinerary import build_itinerary

    return [stop.id for stop in build_itinerary(page).stops]


def make_tour_abroad(tour_index):
    """A tour in Japan that takes registrations, with contacts and a first place written
    in Japanese for a taxi driver (the delegate's offline page)."""
    tour = make_tour(
        tour_index,
        days=2,
        stops_per_day=2,
        places=1,
        take_registrations=True,
        capacity=10,
        requires_verification=False,
        contact_name="마당 연수 담당",
        contact_phone="+82 2-000-0000",
        host_contact_name="国際交流担当",
        host_contact_phone="+81 48-000-0000",
        publish=False,
    )
    place = tour.tour_itinerary().stops[0].place
    place.local_name = "医療生協さいたま 本部"
    place.local_address = "埼玉県さいたま市浦和区 1-2-3"
    place.country = "JP"
    place.save()
    tour.save_revision().publish()
    tour.refresh_from_db()
    return tour
