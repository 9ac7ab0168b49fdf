"""The admin's page search finds plans by their content, not only by title, says "1-3 af 3" in
Danish, and shows an editor only the pages their permissions let them explore."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from places.models import Municipality
from plans.models import PlanPage


def member(role, slug):
    user = get_user_model().objects.create_user(f"admin-search-{role}-{slug}", password="x" * 16)
    user.groups.add(getattr(Municipality.objects.get(slug=slug), f"{role}_group"))
    return user


def titles(response):
    return re.findall(r'<a[^>]*href="/admin/pages/(\d+)/edit/"', response.content.decode())


@pytest.mark.django_db
def test_the_admin_search_finds_a_plan_by_words_in_its_text(client, demo):
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense")
    assert "krisestab" not in odense.title.lower()
    user = get_user_model().objects.create_user("admin-search-centre", password="x" * 16)
    user.groups.add(Group.objects.get(name="Centerets redaktører"))
    client.force_login(user)
    for query in ("krisestab", "Krisestaben", "infohustovholderen"):
        response = client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200
        assert str(odense.pk) in titles(response), query
    # Titles still match by their beginning, as Wagtail's autocomplete does.
    assert str(odense.pk) in titles(client.get("/admin/pages/search/", {"q": "Odens"}))


@pytest.mark.django_db
def test_the_admin_listing_counts_in_danish(admin_client, demo):
    text = admin_client.get("/admin/pages/search/", {"q": "Odense"}).content.decode()
    count = re.search(r"(\d+-\d+ \w+ \d+)([^<]*)<", text)
    assert count and re.fullmatch(r"1-\d+ af \d+", count.group(1)), count
    assert count.group(2).strip() == ""  # no "None" where Wagtail puts the model name


@pytest.mark.django_db
def test_the_content_search_shows_an_editor_only_pages_they_may_explore(client, demo):
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense")
    client.force_login(member("editor", "skive"))
    response = client.get("/admin/pages/search/", {"q": "krisestab"})
    assert response.status_code == 200
    assert str(odense.pk) not in titles(response)
    client.force_login(member("editor", "odense"))
    assert str(odense.pk) in titles(client.get("/admin/pages/search/", {"q": "krisestab"}))
