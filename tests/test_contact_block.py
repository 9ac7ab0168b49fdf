"""The ContactBlock's three modes: a named contact point, a named municipality's infohus, and the
reader's own (remembered) municipality with the national hotline as fallback."""

import pytest
from django.test import RequestFactory
from wagtail.blocks.struct_block import StructBlockValidationError

from places.choice import COOKIE_NAME, varies_for
from contacts.blocks import ContactBlock
from contacts.models import ContactPoint
from contacts.models import InfohusContact

pytestmark = pytest.mark.django_db


def render(value, cookies=None):
    request = RequestFactory().get("/da/")
    request.COOKIES.update(cookies or {})
    request.session = {}
    block = ContactBlock()
    return block.render(block.to_python(value), context={"request": request}), request


def odense_infohus():
    return InfohusContact.objects.select_related("municipality").get(municipality__slug="odense")


def test_named_contact_point(demo):
    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    html, request = render({"mode": "point", "contact_point": hotline.pk})
    assert hotline.name in html and "4174 9090" in html
    assert not varies_for(request)


def test_named_municipality_infohus(demo):
    infohus = odense_infohus()
    html, request = render({"mode": "infohus", "infohus": infohus.pk})
    assert infohus.name in html
    assert infohus.email and infohus.email in html
    assert not varies_for(request)


def test_readers_municipality_uses_the_remembered_choice(demo):
    infohus = odense_infohus()
    html, request = render({"mode": "reader"}, cookies={COOKIE_NAME: "odense"})
    assert infohus.name in html and infohus.email in html
    assert "Vælg din kommune" not in html
    assert varies_for(request), "a per-reader box must keep the response out of shared caches"


def test_readers_municipality_falls_back_to_the_hotline_with_a_way_to_choose(demo):
    html, request = render({"mode": "reader"})
    assert "4174 9090" in html
    assert 'href="/da/bekymret/#kontakt"' in html
    assert "Vælg din kommune" in html
    assert varies_for(request)


def test_unknown_remembered_municipality_falls_back_too(demo):
    html, _ = render({"mode": "reader"}, cookies={COOKIE_NAME: "atlantis"})
    assert "4174 9090" in html and "Vælg din kommune" in html


@pytest.mark.parametrize(
    "value, field, message",
    [
        ({"mode": "point", "contact_point": None}, "contact_point", "Vælg det kontaktpunkt"),
        ({"mode": "infohus", "infohus": None}, "infohus", "Vælg det infohus"),
    ],
)
def test_each_mode_requires_its_choice(value, field, message):
    block = ContactBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python(value))
    assert message in str(excinfo.value.block_errors[field])


def test_readers_mode_needs_no_choice(demo):
    block = ContactBlock()
    cleaned = block.clean(block.to_python({"mode": "reader"}))
    assert cleaned["mode"] == "reader"
