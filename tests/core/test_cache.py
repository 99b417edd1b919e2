from django.db import transaction

from madang.core.cache import bump_generation, content_generation


def test_a_change_bumps_the_generation_at_once_and_again_when_it_commits(
    db, django_capture_on_commit_callbacks
):
    before = content_generation()

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        bump_generation()
        during = content_generation()

    # What another request cached between the two bumps (the old rows, read
    # before the commit) is retired by the second.
    assert (during, content_generation()) == (before + 1, before + 2)
