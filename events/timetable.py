"""The timetable grid of an agenda day: rooms as columns, time slots as rows.

A day's sessions are laid out in a table for wide screens. Every start and end
time of the day is a boundary; two consecutive boundaries make a time slot (a
row). Each room (or the part's title when it has no room) is a column; a
session fills the rows from its start to its end with one cell and a rowspan,
and a slot with no session in a room gets an empty cell.

The admin forbids overlapping sessions in one room, but content can come from
elsewhere (imports, older revisions): a room whose sessions overlap gets as
many columns ("lanes") as it needs, under one heading spanning them, so no
session is lost or drawn over another.

The page renders every session once, in the agenda's list (days, parts,
sessions); on wide screens CSS lays that list out as this grid, each session
at its ``Placement`` (grid lines, see static/css/events.css). A day with more
rows or columns than the stylesheet places stays a list.
"""

from dataclasses import dataclass, field


@dataclass
class Column:
    room: str
    lane: int  # 0 for a room's first column; overlapping sessions get more lanes


@dataclass
class RoomHeading:
    name: str
    span: int = 1  # how many columns (lanes) the room takes


@dataclass
class Cell:
    column: Column
    session: object = None  # agenda.Session, None for an empty slot
    rowspan: int = 1

    @property
    def is_empty(self):
        return self.session is None


@dataclass
class Placement:
    """Where a session sits in the CSS grid: 1-based lines, the first row and
    column being the rooms' and the times' headings."""

    row: int
    rows: int
    column: int


@dataclass
class Slot:
    start: object  # aware datetime, in the event's time zone
    end: object
    cells: list = field(default_factory=list)  # without the cells covered by a rowspan

    @property
    def is_gap(self):
        """True when nothing happens in any room during this slot."""
        return all(cell.is_empty for cell in self.cells)


@dataclass
class Timetable:
    day: object  # agenda.Day
    rooms: list
    columns: list
    slots: list

    @property
    def column_count(self):
        return len(self.columns)

    @property
    def fits_grid(self):
        """Whether the stylesheet can place this day (see MAX_GRID_SLOTS)."""
        return 0 < len(self.slots) <= MAX_GRID_SLOTS and len(self.columns) <= MAX_GRID_COLUMNS

    def placements(self):
        """Each session's ``Placement``, by session id."""
        index = {id(column): number for number, column in enumerate(self.columns)}
        found = {}
        for number, slot in enumerate(self.slots):
            for cell in slot.cells:
                if cell.session is not None:
                    found[cell.session.id] = Placement(
                        row=number + 2, rows=cell.rowspan, column=index[id(cell.column)] + 2
                    )
        return found

    def room_columns(self):
        """(heading, first grid column) of each room."""
        column, found = 2, []
        for room in self.rooms:
            found.append((room, column))
            column += room.span
        return found


# What static/css/events.css places: rows and columns of the grid's body.
MAX_GRID_SLOTS = 40
MAX_GRID_COLUMNS = 8


def room_of(part):
    return part.room or part.title


def _lanes(sessions, effective_end):
    """Split a room's sessions into lanes of sessions that do not overlap."""
    lanes = []  # [(end of the lane's last session, [sessions])]
    for session in sorted(sessions, key=lambda s: (s.start, effective_end[id(s)])):
        for index, (lane_end, lane_sessions) in enumerate(lanes):
            if lane_end <= session.start:
                lane_sessions.append(session)
                lanes[index] = (effective_end[id(session)], lane_sessions)
                break
        else:
            lanes.append((effective_end[id(session)], [session]))
    return [lane_sessions for _end, lane_sessions in lanes]


def build_timetable(day):
    """The grid of one ``agenda.Day``."""
    room_sessions = {}  # room name -> sessions, rooms in order of first use
    for part in day.parts:
        room_sessions.setdefault(room_of(part), []).extend(part.sessions)
    sessions = [s for group in room_sessions.values() for s in group]
    if not sessions:
        return Timetable(day=day, rooms=[], columns=[], slots=[])

    boundaries = sorted({s.start for s in sessions} | {s.end for s in sessions if s.end > s.start})
    # A session that does not end after it starts (invalid, but possible in
    # old content) lasts until the next boundary, or gets a slot of its own.
    effective_end = {}
    for session in sessions:
        if session.end > session.start:
            effective_end[id(session)] = session.end
        else:
            later = [b for b in boundaries if b > session.start]
            effective_end[id(session)] = later[0] if later else session.start
    slot_bounds = list(zip(boundaries, boundaries[1:], strict=False))
    if any(effective_end[id(s)] == s.start for s in sessions):
        slot_bounds.append((boundaries[-1], boundaries[-1]))
    slot_index = {start: index for index, (start, _end) in enumerate(slot_bounds)}

    def rows_of(session):
        first = slot_index[session.start]
        end = effective_end[id(session)]
        count = sum(1 for start, slot_end in slot_bounds[first:] if slot_end <= end and start < end)
        return first, max(count, 1)

    rooms, columns, occupancy = [], [], []
    for name, group in room_sessions.items():
        lanes = _lanes(group, effective_end)
        rooms.append(RoomHeading(name=name, span=len(lanes)))
        for lane_number, lane in enumerate(lanes):
            column = Column(room=name, lane=lane_number)
            taken = [None] * len(slot_bounds)  # per slot: (session, rowspan) or "covered"
            for session in lane:
                first, count = rows_of(session)
                taken[first] = (session, count)
                for index in range(first + 1, first + count):
                    taken[index] = "covered"
            columns.append(column)
            occupancy.append(taken)

    slots = []
    for index, (start, end) in enumerate(slot_bounds):
        slot = Slot(start=start, end=end)
        for column, taken in zip(columns, occupancy, strict=True):
            entry = taken[index]
            if entry == "covered":
                continue
            if entry is None:
                slot.cells.append(Cell(column=column))
            else:
                session, rowspan = entry
                slot.cells.append(Cell(column=column, session=session, rowspan=rowspan))
        slots.append(slot)
    return Timetable(day=day, rooms=rooms, columns=columns, slots=slots)


def build_timetables(agenda):
    """One grid per day of an ``agenda.Agenda``, in day order."""
    return [build_timetable(day) for day in agenda.days]
