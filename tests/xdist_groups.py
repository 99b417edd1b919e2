"""``--dist loadgroup`` as pytest-xdist means it, under pytest 9.

pytest-xdist 3.8 groups the tests marked ``xdist_group`` by adding the group's name
to each test's node id in the workers, through an attribute pytest 9 no longer reads:
the groups then stay apart and are spread over the workers. Here the workers write
each grouped test's group to a file the controller names (``GROUPS``, set before
the workers start, so they inherit it), and the controller's scheduler
(``GroupScheduling``, pytest-xdist's own by scope) reads it once every worker has
collected: one group, one unit of work, one worker.
"""

import json
import os
import tempfile
from pathlib import Path

from xdist.scheduler import LoadScopeScheduling

GROUPS = "MADANG_XDIST_GROUPS"


def group_of(item):
    """The test's group, as pytest-xdist names it (several are joined), or ''."""
    names = {
        str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
        for mark in item.iter_markers("xdist_group")
    }
    return "_".join(sorted(names))


def name_the_file(config):
    """In the controller of a ``loadgroup`` run: the file the workers will write."""
    if hasattr(config, "workerinput") or config.getoption("dist", "no") != "loadgroup":
        return
    descriptor, path = tempfile.mkstemp(prefix="madang-xdist-groups-", suffix=".json")
    os.close(descriptor)
    os.environ[GROUPS] = path

    def remove():
        os.environ.pop(GROUPS, None)
        Path(path).unlink(missing_ok=True)

    config.add_cleanup(remove)


def write_groups(config, items):
    """In a worker, after collection: ``{node id: group}`` of the grouped tests."""
    path = os.environ.get(GROUPS)
    if path is None or not hasattr(config, "workerinput"):
        return
    groups = {item.nodeid: group for item in items if (group := group_of(item))}
    written = Path(f"{path}.{config.workerinput['workerid']}")
    written.write_text(json.dumps(groups))
    os.replace(written, path)  # every worker writes the same, whole


class GroupScheduling(LoadScopeScheduling):
    """pytest-xdist's scheduling by scope, a test's scope being its group when it has one."""

    groups = None

    def _split_scope(self, nodeid):
        if self.groups is None:
            self.groups = json.loads(Path(os.environ[GROUPS]).read_text() or "{}")
        return self.groups.get(nodeid, nodeid)
