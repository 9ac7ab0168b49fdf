"""Each municipality's files stay its own (issue 13, part 5): its own collection of images and
documents, the centre's shared one, and editors who see, choose and upload only where they may."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, GroupCollectionPermission

from places.models import Municipality
from plans.collections import SHARED_COLLECTION, municipality_collection, shared_collection
from plans.groups import ensure_groups

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png(name="billede.png", colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def member(role, slug):
    user = get_user_model().objects.create_user(f"{role}-{slug}", password="x" * 16)
    user.groups.add(getattr(Municipality.objects.get(slug=slug), f"{role}_group"))
    return user


@pytest.fixture
def files(demo):
    """An image and a document in Odense's, Svendborg's and the shared collection."""
    result = {}
    for key, collection in (
        ("odense", municipality_collection(Municipality.objects.get(slug="odense"))),
        ("svendborg", municipality_collection(Municipality.objects.get(slug="svendborg"))),
        ("shared", shared_collection()),
    ):
        result[key] = (
            Image.objects.create(title=f"Billede-{key}", file=png(f"{key}.png"), collection=collection),
            Document.objects.create(
                title=f"Dokument-{key}", file=SimpleUploadedFile(f"{key}.pdf", PDF), collection=collection
            ),
        )
    return result


def test_every_municipality_has_its_collection_and_setup_is_idempotent(demo):
    root = Collection.get_first_root_node()
    names = set(root.get_children().values_list("name", flat=True))
    assert SHARED_COLLECTION in names
    assert set(Municipality.objects.values_list("name", flat=True)) <= names
    assert municipality_collection(Municipality.objects.get(slug="koebenhavn")).name == "Københavns Kommune"
    before = (Collection.objects.count(), GroupCollectionPermission.objects.count())
    assert ensure_groups()["collections"] == 0
    assert (Collection.objects.count(), GroupCollectionPermission.objects.count()) == before


def test_existing_database_gets_its_collections(demo):
    """A database set up before the collections existed gets them from the same command."""
    odense = municipality_collection(Municipality.objects.get(slug="odense"))
    GroupCollectionPermission.objects.filter(collection=odense).delete()
    odense.delete()
    assert ensure_groups()["collections"] == 1
    odense = municipality_collection(Municipality.objects.get(slug="odense"))
    assert GroupCollectionPermission.objects.filter(
        collection=odense, group=Municipality.objects.get(slug="odense").editor_group
    ).count() == 6  # add, change, choose on images and documents


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_editor_lists_and_chooses_only_own_and_shared_files(client, files, kind):
    client.force_login(member("editor", "odense"))
    label = "Billede" if kind == "images" else "Dokument"
    listing = client.get(f"/admin/{kind}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert f"{label}-odense" in html and f"{label}-svendborg" not in html

    chooser = client.get(f"/admin/{kind}/chooser/").content.decode()
    assert f"{label}-odense" in chooser and f"{label}-shared" in chooser
    assert f"{label}-svendborg" not in chooser
    # Searching does not find it either.
    search = client.get(f"/admin/{kind}/chooser/results/", {"q": "svendborg"}).content.decode()
    assert f"{label}-svendborg" not in search


def test_editor_cannot_open_or_change_another_municipalitys_files(client, files):
    client.force_login(member("editor", "odense"))
    image, document = files["svendborg"]
    for url in (
        f"/admin/images/{image.id}/", f"/admin/images/{image.id}/delete/",
        f"/admin/documents/edit/{document.id}/", f"/admin/documents/delete/{document.id}/",
        f"/admin/images/chooser/{image.id}/", f"/admin/documents/chooser/{document.id}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "svendborg" not in response.content.decode().lower(), url
    response = client.post(f"/admin/images/{image.id}/", {"title": "Overtaget", "collection": image.collection_id})
    assert response.status_code in (302, 403)
    image.refresh_from_db()
    assert image.title == "Billede-svendborg"
    # Their own they may edit.
    own_image, own_document = files["odense"]
    assert client.get(f"/admin/images/{own_image.id}/").status_code == 200
    assert client.get(f"/admin/documents/edit/{own_document.id}/").status_code == 200


def test_editor_uploads_into_own_collection_only(client, demo):
    odense = municipality_collection(Municipality.objects.get(slug="odense"))
    svendborg = municipality_collection(Municipality.objects.get(slug="svendborg"))
    client.force_login(member("editor", "odense"))

    form = client.get("/admin/images/add/").content.decode()
    assert "Svendborg Kommune" not in form and SHARED_COLLECTION not in form

    # Asking for another municipality's (or the shared) collection: the file never lands there.
    # (With one collection to add to, Wagtail's form has no collection field: it goes to their own.)
    for collection in (svendborg, shared_collection()):
        client.post("/admin/images/add/", {"title": "Forkert", "collection": collection.id, "file": png("forkert.png")})
        client.post("/admin/documents/add/", {"title": "Forkert", "collection": collection.id,
                                              "file": SimpleUploadedFile("forkert.pdf", PDF)})
    for model in (Image, Document):
        assert set(model.objects.filter(title="Forkert").values_list("collection_id", flat=True)) <= {odense.id}
    assert not Image.objects.filter(collection__in=[svendborg, shared_collection()], title="Forkert").exists()

    # Into their own: saved there.
    response = client.post("/admin/images/add/", {"title": "Rigtigt", "collection": odense.id, "file": png("rigtigt.png")})
    assert response.status_code == 302
    assert Image.objects.get(title="Rigtigt").collection_id == odense.id
    response = client.post("/admin/documents/add/", {"title": "Rigtigt", "collection": odense.id,
                                                     "file": SimpleUploadedFile("rigtigt.pdf", PDF)})
    assert response.status_code == 302
    assert Document.objects.get(title="Rigtigt").collection_id == odense.id


def test_approver_chooses_from_own_and_shared(client, files):
    client.force_login(member("approver", "odense"))
    chooser = client.get("/admin/images/chooser/").content.decode()
    assert "Billede-odense" in chooser and "Billede-shared" in chooser and "Billede-svendborg" not in chooser
