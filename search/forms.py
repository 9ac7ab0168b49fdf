"""The admin's document form: Wagtail's form with the upload checks (ops.uploads) and, on a document
already stored, what search could read of its file, beside the file field: the editor learns that a
scanned, encrypted or damaged file is found by its title only, in their admin language."""

from django.utils.translation import gettext, ngettext

from ops.uploads import SafeDocumentForm
from search import extraction
from search.models import DocumentText


def search_status(document) -> str:
    """One sentence on whether the document's text can be searched ('' before it was read)."""
    stored = DocumentText.objects.filter(document=document).only("note", "pages", "text").first()
    if stored is None:
        return ""
    if stored.note in extraction.NOTES:
        return gettext(stored.note)
    if stored.note:  # cut at a limit: the reason is worded in Danish where it was found
        return gettext("Kun den første del af teksten kan søges.")
    if stored.pages:
        return ngettext("Filens tekst kan søges (%(pages)s side).", "Filens tekst kan søges (%(pages)s sider).",
                        stored.pages) % {"pages": stored.pages}
    return gettext("Filens tekst kan søges.")


class SearchableDocumentForm(SafeDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "file" in self.fields:
            status = search_status(self.instance)
            if status:
                field = self.fields["file"]
                note = gettext("Søgning: %(status)s") % {"status": status}
                field.help_text = f"{field.help_text} {note}".strip()
