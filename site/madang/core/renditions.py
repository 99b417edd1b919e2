"""The image renditions public pages show, made before a visitor asks for them.

Templates show content images with Wagtail's ``{% picture %}`` tag: AVIF and
WebP sources with a JPEG (or PNG) fallback, several widths each, so a phone
downloads a small file in a modern format. ``PICTURES`` lists, once, every
filter spec the templates pass to that tag (tests/core/test_renditions.py checks
that the templates use no other), and ``USES`` says which of them an image gets
from where it is used: the home page's hero, a news article's lead image and
its card, a speaker's photo, a booth's logo, an image block in a body...

Making an AVIF file takes a while, so it is not left to the first visitor:
when an image is saved, a page published or a person or organization saved,
``make_renditions`` (a django-tasks task, run by ``db_worker``) makes the
renditions of every image concerned for every place it is used, as found in
Wagtail's reference index. The request then finds them ready. The setting
``RENDITIONS_IN_ADVANCE`` (off in the test settings, where tasks run at once)
turns this off.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models.signals import post_save
from django.tasks import task
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published

# Every filter spec the public templates use with {% picture %}, by name. Formats
# first (the last one is the <img> fallback), then the widths of the srcset.
PICTURES = {
    # The home page's hero: half the page beside the text on wide screens.
    "hero": "format-{avif,webp,jpeg} fill-{480x240,800x400,1200x600}",
    # A lead image or an image block: the width of the text column.
    "column": "format-{avif,webp,jpeg} width-{480,800,1200}",
    # A news card's image (16:10), in a grid of cards.
    "card": "format-{avif,webp,jpeg} fill-{320x200,640x400}",
    # A speaker's photo on a speaker card (5rem) and on their own page (10rem).
    "face-small": "format-{avif,webp,jpeg} fill-{80x80,160x160}",
    "face": "format-{avif,webp,jpeg} fill-{160x160,320x320}",
    # An organization's logo on its booth (10rem wide at most, transparency kept).
    "logo": "format-{avif,webp,png} max-{160x80,320x160}",
    # The floor plan of an exhibition: the whole page width, lines kept sharp.
    "plan": "format-{avif,webp,png} width-{480,800,1200}",
}

# Where an image is used -> the pictures the templates make of it there. The key is
# "app_label.model.field" of the reference (Wagtail's reference index, lower case).
USES = {
    "core.homepage.hero_image": ("hero",),
    "core.standardpage.image": ("column",),
    "news.newspage.lead_image": ("column", "card"),
    "people.person.photo": ("face-small", "face"),
    "people.organization.logo": ("logo",),
    "events.eventpage.floor_map": ("plan",),
}
# An image chosen inside a StreamField (an image block) is shown as wide as the text.
STREAM_PICTURES = ("column",)


def filter_specs(*names):
    """The single filter specs (e.g. "format-avif|width-480") of the named pictures."""

    specs = []
    for name in names:
        for spec in Filter.expand_spec(PICTURES[name].split()):
            if spec not in specs:
                specs.append(spec)
    return specs


def pictures_of(image):
    """The names of the pictures the public pages make of ``image``, from its uses."""

    names = []
    for reference in ReferenceIndex.get_references_to(image).select_related("content_type"):
        content_type = reference.content_type
        model = content_type.model_class()
        field = reference.model_path.split(".")[0]
        try:
            model_field = model._meta.get_field(field) if model else None
        except FieldDoesNotExist:  # a field gone since the reference was indexed
            model_field = None
        if model_field is None:
            continue
        if isinstance(model_field, StreamField):
            found = STREAM_PICTURES
        else:
            found = USES.get(f"{content_type.app_label}.{content_type.model}.{field}", ())
        names.extend(name for name in found if name not in names)
    return names


def make_renditions_now(*, image):
    """Make every rendition the public pages show of ``image``; return how many."""
    specs = filter_specs(*pictures_of(image))
    if specs:
        image.get_renditions(*specs)
    return len(specs)


@task()
def make_renditions(image_id):
    """Make the renditions of one image (see make_renditions_now); gone is fine."""

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return make_renditions_now(image=image)


def queue_renditions(image_ids):
    """Queue ``make_renditions`` for each image, once the transaction commits."""
    if not settings.RENDITIONS_IN_ADVANCE:
        return
    for image_id in sorted(set(image_ids)):
        transaction.on_commit(lambda image_id=image_id: make_renditions.enqueue(image_id))


def images_used_by(instance):
    """The ids of the images ``instance`` refers to (reference index)."""

    image_type = ContentType.objects.get_for_model(get_image_model())
    ids = ReferenceIndex.get_references_for_object(instance).filter(to_content_type=image_type)
    return [int(pk) for pk in ids.values_list("to_object_id", flat=True)]


# --- Signal receivers --------------------------------------------------------------


def _on_image_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_renditions([instance.pk])


def _on_published(sender, instance, **kwargs):
    queue_renditions(images_used_by(instance))


def _on_snippet_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        queue_renditions(images_used_by(instance))


def connect():
    post_save.connect(_on_image_saved, sender=get_image_model(), dispatch_uid="madang-renditions")
    page_published.connect(_on_published, dispatch_uid="madang-renditions-published")
    # Snippets (people, organizations) have no publishing: their saves count.
    for use in USES:
        model = apps.get_model(*use.split(".")[:2])
        if not issubclass(model, Page):
            post_save.connect(
                _on_snippet_saved, sender=model, dispatch_uid=f"madang-renditions-{use}"
            )
