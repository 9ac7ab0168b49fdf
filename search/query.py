"""The parsed search request, shared by the HTML page, the JSON API and both backends."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 12
MAX_PAGE = 100
PER_PAGE = 10
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
# Arabic short vowels and other marks (tashkeel, Quranic marks) and the tatweel: optional in
# writing, and combining characters that would otherwise cut a word in two ("التطرّف").
ARABIC_MARKS_RE = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
SLUG_RE = re.compile(r"^[a-z0-9-]{1,100}$")
TYPE_RE = re.compile(r"^[a-z_]{1,40}$")
LANGUAGES = ("da", "en", "ar")


class SearchInputError(ValueError):
    """Bad input, with a message for the reader (Danish, English and Arabic)."""

    def __init__(self, field, message_da, message_en, message_ar):
        super().__init__(message_en)
        self.field = field
        self.message_da = message_da
        self.message_en = message_en
        self.message_ar = message_ar

    def message(self, language):
        return {"en": self.message_en, "ar": self.message_ar}.get(language, self.message_da)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def strip_marks(text: str) -> str:
    """Text without Arabic vowel marks and tatweel (the stemmers ignore them too)."""
    return ARABIC_MARKS_RE.sub("", text or "")


def tokenize(text: str) -> list[str]:
    return [t.lower() for t in TOKEN_RE.findall(strip_marks(text))][:MAX_TOKENS]


@dataclass
class SearchRequest:
    q: str = ""
    language: str = "da"
    doc_type: str = ""
    municipality: str = ""
    police_district: str = ""
    level: str = ""
    page: int = 1
    per_page: int = PER_PAGE
    exact: bool = False  # no automatic spelling correction

    @property
    def tokens(self) -> list[str]:
        return tokenize(self.q)

    @property
    def has_filters(self) -> bool:
        return bool(self.doc_type or self.municipality or self.police_district or self.level)

    def filters(self) -> dict:
        return {"doc_type": self.doc_type, "municipality": self.municipality,
                "police_district": self.police_district, "intervention_level": self.level}

    @classmethod
    def from_params(cls, params, language=None) -> "SearchRequest":
        """Validate GET parameters; raise SearchInputError with a clear message."""

        def one(name):
            values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name, "")]
            values = [v for v in values if v is not None]
            if len(values) > 1:
                raise SearchInputError(name, f"Parameteren '{name}' må kun angives én gang.",
                                       f"The parameter '{name}' may be given only once.",
                                       f"لا يجوز ذكر المعامل «{name}» إلا مرة واحدة.")
            value = values[0] if values else ""
            if not isinstance(value, str):
                value = str(value)
            if "\x00" in value:
                raise SearchInputError(name, f"Parameteren '{name}' indeholder ugyldige tegn.",
                                       f"The parameter '{name}' contains invalid characters.",
                                       f"يحتوي المعامل «{name}» على رموز غير صالحة.")
            return value.strip()

        lang = one("lang") or language or settings.LANGUAGE_CODE
        if lang not in LANGUAGES:
            raise SearchInputError("lang", "Sproget skal være 'da', 'en' eller 'ar'.",
                                   "lang must be 'da', 'en' or 'ar'.",
                                   "يجب أن تكون اللغة 'da' أو 'en' أو 'ar'.")
        q = normalise(one("q"))
        if len(q) > MAX_QUERY_LENGTH:
            raise SearchInputError(
                "q", f"Søgningen er for lang. Skriv højst {MAX_QUERY_LENGTH} tegn.",
                f"The search is too long. Use at most {MAX_QUERY_LENGTH} characters.",
                f"نص البحث طويل جدًا. الحد الأقصى لعدد الأحرف: {MAX_QUERY_LENGTH}.")
        doc_type = one("type")
        if doc_type and not TYPE_RE.match(doc_type):
            raise SearchInputError("type", "Ukendt indholdstype.", "Unknown content type.", "نوع المحتوى غير معروف.")
        values = {}
        for name in ("municipality", "district", "level"):
            value = one(name).lower()
            if value and not SLUG_RE.match(value):
                raise SearchInputError(name, f"Ugyldig værdi for '{name}'.", f"Invalid value for '{name}'.",
                                       f"قيمة غير صالحة للمعامل «{name}».")
            values[name] = value
        raw_page = one("page") or "1"
        if not raw_page.isascii() or not raw_page.isdigit() or len(raw_page) > 4:
            raise SearchInputError("page", "Sidetallet skal være et positivt heltal.",
                                   "page must be a positive whole number.",
                                   "يجب أن يكون رقم الصفحة عددًا صحيحًا موجبًا.")
        page = int(raw_page)
        if not 1 <= page <= MAX_PAGE:
            raise SearchInputError("page", f"Sidetallet skal være mellem 1 og {MAX_PAGE}.",
                                   f"page must be between 1 and {MAX_PAGE}.",
                                   f"يجب أن يكون رقم الصفحة بين 1 و{MAX_PAGE}.")
        exact = one("exact")
        if exact not in ("", "0", "1"):
            raise SearchInputError("exact", "Parameteren 'exact' skal være 0 eller 1.", "exact must be 0 or 1.",
                                   "يجب أن تكون قيمة المعامل «exact» إما 0 أو 1.")
        return cls(q=q, language=lang, doc_type=doc_type, municipality=values["municipality"],
                   police_district=values["district"], level=values["level"], page=page, exact=exact == "1")


@dataclass
class Result:
    title: str
    url: str
    doc_type: str
    type_label: str
    snippet_html: str
    language: str
    municipality: str = ""
    municipality_name: str = ""
    promoted: bool = False
    score: float = 0.0
    file_type: str = ""  # uploaded documents: "PDF", "Word", "ODT"...
    file_size: int | None = None  # bytes


@dataclass
class SearchResponse:
    request: SearchRequest
    results: list[Result] = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)
    suggestion: str = ""
    corrected: bool = False  # results are for `suggestion` because the query found nothing
    backend: str = "database"
    notice: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.per_page))
