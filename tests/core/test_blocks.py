import pytest
from django.template.loader import get_template
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from madang.core.blocks import BaseStreamBlock

pytestmark = pytest.mark.django_db

BLOCKS = BaseStreamBlock().child_blocks


@pytest.mark.parametrize("name", list(BLOCKS))
def test_every_block_has_an_icon_a_template_and_a_preview(name):
    block = BLOCKS[name]

    assert block.meta.icon != "placeholder"
    assert get_template(block.meta.template) is not None
    assert block.get_preview_value() is not None


@pytest.mark.parametrize("name", [n for n in BLOCKS if n != "embed"])  # embeds need the network
def test_every_block_renders_its_preview(name):
    Image.objects.create(title="사진", file=get_test_image_file())
    block = BLOCKS[name]

    html = block.render(block.get_preview_value())

    assert html.strip() != "" or name == "document"


def test_call_to_action_needs_a_page_or_a_url():
    from wagtail.blocks import StructBlockValidationError

    block = BLOCKS["call_to_action"]
    value = block.to_python({"title": "신청", "link_label": "신청하기"})

    with pytest.raises(StructBlockValidationError):
        block.clean(value)
