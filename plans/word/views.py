"""Admin: import a municipality's Word plan. Upload -> preview (section by section) -> confirm, which saves a
new draft revision (or creates the plan as a draft). Never publishes.

Between preview and confirm the file waits in the default storage under an unguessable name; the form
carries only a signed token (the name, the municipality and the user, valid for an hour), so nothing the
browser sends back is trusted. The file is deleted on confirm or cancel; files older than a day are swept
on the next upload."""

from __future__ import annotations

import datetime as dt
import secrets

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from places.models import Municipality
from plans.permissions import municipalities_editable_by
from plans.word.apply import existing_plan, save_import
from plans.word.mapping import map_document
from plans.word.safety import MAX_UPLOAD_BYTES, WordFileError

PENDING_DIR = "plan-imports"
TOKEN_SALT = "plans.word.import"
TOKEN_MAX_AGE = 60 * 60
STALE_AFTER = dt.timedelta(days=1)


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Word-dokument (.docx)",
        help_text="Planen, som den ligger i Word i dag. Højst 20 MB. Du ser først, hvor hvert afsnit lander; "
                  "intet gemmes, før du bekræfter.",
        widget=forms.ClearableFileInput(attrs={
            "accept": ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }),
        error_messages={"required": "Vælg den Word-fil (.docx), som planen er skrevet i.",
                        "empty": "Filen er tom. Vælg den Word-fil (.docx), som planen er skrevet i."},
    )


def may_import(user, municipality) -> bool:
    """Users who may edit the municipality's plan (plans.permissions; the page's own rights when it exists)."""
    allowed = municipalities_editable_by(user)
    if allowed is not None and municipality.id not in allowed:
        return False
    plan = existing_plan(municipality)
    if plan is not None:
        return plan.permissions_for_user(user).can_edit()
    return True


def _municipality_for(request, municipality_slug):
    municipality = get_object_or_404(Municipality.objects.select_related("police_district"), slug=municipality_slug)
    if not may_import(request.user, municipality):
        raise PermissionDenied("Du kan kun importere din egen kommunes handlingsplan.")
    return municipality


def _context(municipality, **extra):
    plan = existing_plan(municipality)
    return {
        "municipality": municipality, "plan": plan,
        "header_title": f"Importér plan fra Word: {municipality.name}",
        "page_title": f"Importér plan fra Word: {municipality.name}", "header_icon": "doc-full",
        "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024),
        **extra,
    }


def _sweep_stale():
    try:
        _dirs, files = default_storage.listdir(PENDING_DIR)
    except (FileNotFoundError, NotImplementedError, OSError):
        return
    limit = timezone.now() - STALE_AFTER
    for name in files:
        path = f"{PENDING_DIR}/{name}"
        try:
            if default_storage.get_modified_time(path) < limit:
                default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError, OSError):
            continue


def _read_token(request, municipality):
    """The stored file's path from the signed token, or None when the token is missing, forged, expired,
    or made for another user or municipality."""
    try:
        data = signing.loads(request.POST.get("token", ""), salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if data.get("user") != request.user.pk or data.get("municipality") != municipality.pk:
        return None
    path = data.get("path", "")
    if not path.startswith(f"{PENDING_DIR}/") or "/" in path[len(PENDING_DIR) + 1:] or not default_storage.exists(path):
        return None
    return path


@never_cache
@require_http_methods(["GET", "POST"])
def upload(request, municipality_slug):
    municipality = _municipality_for(request, municipality_slug)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        if uploaded.size > MAX_UPLOAD_BYTES:
            form.add_error("file", f"Filen fylder over {MAX_UPLOAD_BYTES // (1024 * 1024)} MB; der kan højst importeres 20 MB.")
        else:
            content = uploaded.read()
            try:
                result = map_document(content, municipality)
            except WordFileError as error:
                form.add_error("file", str(error))
            else:
                _sweep_stale()
                path = default_storage.save(f"{PENDING_DIR}/{secrets.token_hex(16)}.docx", ContentFile(content))
                token = signing.dumps({"path": path, "municipality": municipality.pk, "user": request.user.pk},
                                      salt=TOKEN_SALT)
                return TemplateResponse(request, "plans/admin/word_import_preview.html", _context(
                    municipality, result=result, token=token, filename=uploaded.name,
                    header_title=f"Gennemse importen: {municipality.name}",
                ))
    return TemplateResponse(request, "plans/admin/word_import_upload.html", _context(municipality, form=form))


@never_cache
@require_http_methods(["POST"])
def confirm(request, municipality_slug):
    municipality = _municipality_for(request, municipality_slug)
    path = _read_token(request, municipality)
    if path is None:
        messages.error(request, "Importen er udløbet eller ugyldig. Upload dokumentet igen.")
        return redirect("plans_import_word", municipality_slug=municipality.slug)
    if request.POST.get("action") != "confirm":
        default_storage.delete(path)
        messages.info(request, "Importen er annulleret. Intet er gemt.")
        return redirect("plans_import_word", municipality_slug=municipality.slug)
    with default_storage.open(path, "rb") as handle:
        content = handle.read()
    try:
        result = map_document(content, municipality)
        page, _revision, created = save_import(result, municipality, user=request.user)
    except WordFileError as error:
        default_storage.delete(path)
        messages.error(request, str(error))
        return redirect("plans_import_word", municipality_slug=municipality.slug)
    except ValidationError as error:  # e.g. the plan cannot be saved as it is: say why, save nothing
        default_storage.delete(path)
        messages.error(request, "Planen kunne ikke gemmes: " + " ".join(error.messages))
        return redirect("plans_import_word", municipality_slug=municipality.slug)
    default_storage.delete(path)
    if created:
        messages.success(request, f"Planen for {municipality.name} er oprettet som kladde ud fra Word-dokumentet. "
                                  "Den er ikke offentliggjort.")
    else:
        messages.success(request, "Word-dokumentet er gemt som en ny kladde af planen. Den offentliggjorte plan er "
                                  "uændret, indtil kladden er godkendt og offentliggjort.")
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
