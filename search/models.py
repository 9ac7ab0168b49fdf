"""Search data: one denormalised document per searchable thing (page, intervention, snippet) in
its language, the editable synonym groups, and the vocabulary behind "did you mean"."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.search import index


def es_text_field() -> dict:
    """Elasticsearch mapping for a text field: Danish analysis, English and Arabic subfields, and
    synonyms at search time (search/backends/elastic_settings.py)."""
    return {
        "analyzer": "danish_index", "search_analyzer": "danish_search",
        "fields": {
            "en": {"type": "text", "analyzer": "english_index", "search_analyzer": "english_search"},
            "ar": {"type": "text", "analyzer": "arabic_index", "search_analyzer": "arabic_search"},
        },
    }


class SearchDocument(index.Indexed, models.Model):
    """What the public search reads. Built from each model's Wagtail `search_fields` (see
    search/documents.py), so every page type is searched the same way. `access` and `group_ids`
    carry the page's view restrictions: a document is only ever returned to someone allowed to
    see its source."""

    class Access(models.TextChoices):
        PUBLIC = "public", "Offentlig"
        GROUPS = "groups", "Kun bestemte grupper"
        LOGIN = "login", "Kun indloggede"
        PRIVATE = "private", "Kun centerets redaktører"

    key = models.CharField(max_length=120, unique=True)  # e.g. "page:12", "intervention:12:3"
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE,
                             related_name="+")
    language = models.CharField(max_length=8)  # no btree index: matching must go through the GIN index
    config = models.CharField(max_length=20)  # PostgreSQL text search configuration
    doc_type = models.CharField(max_length=40)
    title = models.CharField(max_length=255)
    keywords = models.TextField(blank=True)   # weight B: summary, boosted fields
    body = models.TextField(blank=True)       # weight C: the rest, plain text
    parts = models.TextField(blank=True)      # weight D/A: compound parts ("bekymringstegn" -> "bekymring tegn")
    title_parts = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    municipality = models.CharField(max_length=100, blank=True)
    municipality_name = models.CharField(max_length=120, blank=True)
    police_district = models.CharField(max_length=100, blank=True)
    police_district_name = models.CharField(max_length=120, blank=True)
    intervention_level = models.CharField(max_length=40, blank=True)
    # Uploaded documents (doc_type "document"): the file's type ("PDF", "Word", "ODT") and size in bytes.
    file_type = models.CharField(max_length=10, blank=True, default="")
    file_size = models.BigIntegerField(null=True, blank=True)
    boost = models.FloatField(default=1.0)
    access = models.CharField(max_length=10, choices=Access.choices, default=Access.PUBLIC)
    group_ids = ArrayField(models.IntegerField(), default=list, blank=True)
    vector = SearchVectorField(null=True)
    head = SearchVectorField(null=True)  # title and summary only: cheap first ranking step
    updated_at = models.DateTimeField(auto_now=True)

    # Indexed through Wagtail's backend too: on Elasticsearch this is the index the faceted
    # query reads (search/backends/elastic.py).
    search_fields = [
        index.SearchField("title", boost=3, es_extra=es_text_field()),
        index.SearchField("title_parts", boost=2, es_extra=es_text_field()),
        index.SearchField("keywords", boost=1.5, es_extra=es_text_field()),
        index.SearchField("body", es_extra=es_text_field()),
        index.SearchField("parts", boost=0.5, es_extra=es_text_field()),
        index.AutocompleteField("title"),
        index.FilterField("language"),
        index.FilterField("doc_type"),
        index.FilterField("municipality"),
        index.FilterField("police_district"),
        index.FilterField("intervention_level"),
        index.FilterField("file_type"),
        index.FilterField("file_size"),
        index.FilterField("access"),
        index.FilterField("group_ids"),
        index.FilterField("boost"),
    ]
    search_auto_update = False  # written with SQL; search/backends/elastic.py sends them to Elasticsearch

    class Meta:
        verbose_name = "søgedokument"
        indexes = [
            GinIndex(fields=["vector"], name="sitesearch_doc_vector"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SynonymGroup(models.Model):
    """Words that mean the same to a reader, e.g. "radikalisering, ekstremisme". Both backends
    use them: the database backend expands the query, Elasticsearch gets a synonym filter."""

    language = models.CharField("Sprog", max_length=8, default="da",
                                choices=[("da", "Dansk"), ("en", "English"), ("ar", "العربية")])
    terms = models.CharField(
        "Ord", max_length=500,
        help_text="Ord eller udtryk adskilt af komma, fx: infohus, info-hus, informationshus",
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = "synonymgruppe"
        verbose_name_plural = "synonymgrupper"
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    @property
    def term_list(self) -> list[str]:
        return [t.strip().lower() for t in self.terms.split(",") if t.strip()]

    def clean(self):
        if len(self.term_list) < 2:
            raise ValidationError({"terms": "Skriv mindst to ord adskilt af komma."})
        if any(len(t) > 60 for t in self.term_list):
            raise ValidationError({"terms": "Et enkelt ord eller udtryk må højst være 60 tegn."})


class VocabularyWord(models.Model):
    """Words from public documents, for "did you mean" (pg_trgm similarity)."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=60)
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="sitesearch_vocab_unique")]
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="sitesearch_vocab_trgm")]


class DocumentText(models.Model):
    """The text extracted from an uploaded Wagtail document (PDF, Word, ODT, plain text), kept so the
    document can be searched by its content and re-indexed without reading the file again.
    `note` says, in Danish, why the text is missing or partial (encrypted, unreadable, scanned, too
    large, cut at the limits); the upload itself never fails because of it (search/extraction.py)."""

    document = models.OneToOneField(get_document_model_string(), on_delete=models.CASCADE, related_name="search_text")
    source = models.CharField(max_length=300, blank=True)  # file name, size and hash the text came from
    text = models.TextField(blank=True)
    pages = models.PositiveIntegerField(default=0)
    note = models.CharField("Bemærkning", max_length=300, blank=True)
    seconds = models.FloatField(default=0)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "dokumenttekst til søgning"

    def __str__(self):
        return f"{self.document} ({len(self.text)} tegn)"


class LexemeStat(models.Model):
    """How many public documents of a language hold a lexeme (its document frequency), for the
    database backend's word weights (inverse document frequency: a rare word such as "trekant"
    says more about what the reader wants than "handlingsplan", which most pages have).
    Filled from ts_stat() by search.documents.refresh_lexeme_stats(); the empty lexeme holds the
    number of documents. Elasticsearch has its own (BM25)."""

    language = models.CharField(max_length=8)
    lexeme = models.CharField(max_length=255)
    ndoc = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "lexeme"], name="sitesearch_lexemestat_unique")]
