"""StreamField blocks shared by every page type.

Feature apps (events, tours) build their own blocks on these. Every block has
an icon, a template in ``templates/blocks/`` and a preview value for the
admin's block picker.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

HEADING_LEVELS = [("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))]
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Community care, together", "level": "h2"}
        description = _("A section heading")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Rich text")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Members, doctors and neighbours run their cooperative clinic together.</p>"
        )
        description = _("Paragraphs with links and lists")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    def get_preview_value(self):
        image = get_image_model().objects.order_by("pk").first()
        return self.to_python({"image": image.pk if image else None, "caption": "Madang"})

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_block.html"
        description = _("A picture with a caption and credit")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)
    role = blocks.CharBlock(label=_("Role or organization"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "What stayed with me was how every member guards the lives of others.",
            "attribution": "A visiting delegate",
            "role": "Board member",
        }
        description = _("A quotation with its speaker")


class MadangEmbedBlock(EmbedBlock):
    class Meta:
        preview_value = "https://www.youtube.com/watch?v=jNQXAC9IVRw"
        icon = "media"
        label = _("Embedded media")
        template = "blocks/embed_block.html"
        description = _("A video or other media from a URL")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_page = blocks.PageChooserBlock(label=_("Page"), required=False)
    link_url = blocks.URLBlock(label=_("or external URL"), required=False)
    link_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def clean(self, value):
        result = super().clean(value)
        if not result.get("link_page") and not result.get("link_url"):
            raise StructBlockValidationError(
                block_errors={"link_page": ValidationError(_("Choose a page or enter a URL."))}
            )
        return result

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "title": "Join the general assembly",
            "text": "Delegates from across Asia meet in Seoul.",
            "link_url": "https://example.org/",
            "link_label": "Register",
        }
        description = _("A highlighted box with a button")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title."),
    )

    def get_preview_value(self):
        document = get_document_model().objects.order_by("pk").first()
        return self.to_python({"document": document.pk if document else None})

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"
        description = _("A download link to a document")


class StoryBlock(blocks.StreamBlock):
    """Headings, text, pictures and quotations: a story told in words and photos
    (a tour's report); ``BaseStreamBlock`` adds media, buttons and documents."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()


class BaseStreamBlock(StoryBlock):
    embed = MadangEmbedBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()


class EndsAfterStartMixin:
    """A struct block with ``start`` and ``end`` times: the end must come after the start.

    Subclasses set ``ends_before_start_message``, the error shown on ``end``.
    """

    ends_before_start_message = None

    def clean(self, value):
        result = super().clean(value)
        if result["start"] and result["end"] and result["end"] <= result["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(self.ends_before_start_message)}
            )
        return result


def choice_label(block, name, value):
    """The label of ``value`` in the choice block ``name`` of a struct block (or the value)."""
    return dict(block.child_blocks[name].field.choices).get(value, value)
