"""The timetable grid of an agenda day: columns per room, rows per time slot, rowspans."""

import datetime
import zoneinfo

from events.agenda import Agenda, Day, Part, Session
from events.timetable import build_timetable, build_timetables

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
DATE = datetime.date(2030, 2, 27)


def at(hhmm):
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.datetime.combine(DATE, datetime.time(hour, minute), tzinfo=SEOUL)


def make_day(*parts):
    """``parts``: (title, room, [(id, "09:00", "10:00"), …]) each."""
    day = Day(id="day", date=DATE, title="")
    for title, room, sessions in parts:
        part = Part(id=f"part-{title}", title=title, room=room)
        for session_id, start, end in sessions:
            part.sessions.append(
                Session(
                    id=session_id,
                    day=day,
                    part=part,
                    start=at(start),
                    end=at(end),
                    kind="talk",
                    kind_label="Talk",
                    title=session_id,
                    description="",
                    languages=[],
                    interpretation=False,
                    interpretation_channels="",
                    people=[],
                    materials=[],
                )
            )
        day.parts.append(part)
    return day


def layout(timetable):
    """Each slot as ("start–end", [cells]), a cell being "id×rowspan" or "-" when empty."""
    return [
        (
            f"{slot.start:%H:%M}–{slot.end:%H:%M}",
            ["-" if cell.is_empty else f"{cell.session.id}×{cell.rowspan}" for cell in slot.cells],
        )
        for slot in timetable.slots
    ]


def headings(timetable):
    return [(room.name, room.span) for room in timetable.rooms]


def test_one_room_one_row_per_session():
    day = make_day(("Plenary", "Hall", [("a", "09:00", "09:30"), ("b", "09:30", "10:00")]))

    timetable = build_timetable(day)

    assert headings(timetable) == [("Hall", 1)]
    assert layout(timetable) == [("09:00–09:30", ["a×1"]), ("09:30–10:00", ["b×1"])]


def test_overlapping_parts_in_two_rooms_span_rows():
    day = make_day(
        ("Part 1", "Room 101", [("a", "09:00", "10:00"), ("c", "10:00", "10:30")]),
        ("Part 2", "Room 202", [("b", "09:30", "10:30")]),
    )

    timetable = build_timetable(day)

    assert headings(timetable) == [("Room 101", 1), ("Room 202", 1)]
    assert layout(timetable) == [
        ("09:00–09:30", ["a×2", "-"]),
        ("09:30–10:00", ["b×2"]),  # a continues from the row above
        ("10:00–10:30", ["c×1"]),  # b continues
    ]


def test_long_session_spans_the_finer_slots_of_another_room():
    day = make_day(
        (
            "Track A",
            "A",
            [("a1", "09:00", "09:20"), ("a2", "09:20", "09:40"), ("a3", "09:50", "10:00")],
        ),
        ("Track B", "B", [("b", "09:00", "10:00")]),
    )

    timetable = build_timetable(day)

    assert layout(timetable) == [
        ("09:00–09:20", ["a1×1", "b×4"]),
        ("09:20–09:40", ["a2×1"]),
        ("09:40–09:50", ["-"]),
        ("09:50–10:00", ["a3×1"]),
    ]


def test_empty_slots_get_empty_cells_and_a_gap_row():
    day = make_day(
        ("Morning", "Hall", [("a", "09:00", "12:00")]),
        ("Afternoon", "Hall", [("b", "13:00", "14:00")]),
        ("Workshop", "Room 2", [("w", "13:30", "14:00")]),
    )

    timetable = build_timetable(day)

    # Two parts in one room share its column.
    assert headings(timetable) == [("Hall", 1), ("Room 2", 1)]
    assert layout(timetable) == [
        ("09:00–12:00", ["a×1", "-"]),
        ("12:00–13:00", ["-", "-"]),
        ("13:00–13:30", ["b×2", "-"]),
        ("13:30–14:00", ["w×1"]),
    ]
    assert [slot.is_gap for slot in timetable.slots] == [False, True, False, False]


def test_a_part_without_a_room_is_a_column_named_after_the_part():
    day = make_day(
        ("Opening", "", [("a", "09:00", "09:30")]),
        ("Sub-session 1", "Room 1", [("b", "09:30", "10:00")]),
    )

    timetable = build_timetable(day)

    assert headings(timetable) == [("Opening", 1), ("Room 1", 1)]
    assert [column.room for column in timetable.columns] == ["Opening", "Room 1"]
    assert layout(timetable) == [("09:00–09:30", ["a×1", "-"]), ("09:30–10:00", ["-", "b×1"])]


def test_sessions_overlapping_in_one_room_get_lanes_under_one_heading():
    # The admin refuses this, but older or imported content may have it.
    day = make_day(
        ("Part 1", "Hall", [("a", "09:00", "10:00")]),
        ("Part 2", "Hall", [("b", "09:30", "10:30"), ("c", "10:00", "10:30")]),
    )

    timetable = build_timetable(day)

    assert headings(timetable) == [("Hall", 2)]
    assert [(column.room, column.lane) for column in timetable.columns] == [
        ("Hall", 0),
        ("Hall", 1),
    ]
    assert layout(timetable) == [
        ("09:00–09:30", ["a×2", "-"]),
        ("09:30–10:00", ["b×2"]),
        ("10:00–10:30", ["c×1"]),
    ]
    assert timetable.column_count == 2


def test_a_session_that_does_not_end_after_it_starts_still_gets_a_row():
    day = make_day(
        ("Part 1", "Hall", [("a", "09:00", "09:30"), ("z", "09:30", "09:30")]),
        ("Part 2", "Room", [("b", "09:00", "09:10")]),
    )

    timetable = build_timetable(day)

    assert layout(timetable) == [
        ("09:00–09:10", ["a×2", "b×1"]),
        ("09:10–09:30", ["-"]),
        ("09:30–09:30", ["z×1", "-"]),
    ]


def test_a_day_without_sessions_has_no_rows():
    day = make_day(("Part 1", "Hall", []))

    timetable = build_timetable(day)

    assert (timetable.rooms, timetable.columns, timetable.slots) == ([], [], [])


def test_one_timetable_per_day_in_order():
    first = make_day(("P", "Hall", [("a", "09:00", "10:00")]))
    second = make_day(("P", "Hall", [("b", "09:00", "10:00")]))

    timetables = build_timetables(Agenda(days=[first, second]))

    assert [timetable.day for timetable in timetables] == [first, second]


def test_each_session_is_placed_on_the_grid_lines_of_its_slot_and_lane():
    # Row 1 holds the rooms, column 1 the times: sessions start at row 2, column 2.
    day = make_day(
        ("Part 1", "Hall", [("a", "09:00", "10:00")]),
        ("Part 2", "Hall", [("b", "09:30", "10:30")]),
        ("Part 3", "Room", [("c", "10:00", "10:30")]),
    )

    timetable = build_timetable(day)

    placements = {
        key: (place.row, place.rows, place.column) for key, place in timetable.placements().items()
    }
    assert placements == {"a": (2, 2, 2), "b": (3, 2, 3), "c": (4, 1, 4)}
    assert [(room.name, column) for room, column in timetable.room_columns()] == [
        ("Hall", 2),
        ("Room", 4),
    ]
    assert timetable.fits_grid is True
