"""StreamField blocks for the guide's chapters and the knowledge pages.

Every block that can be filled in wrongly says so in plain Danish, naming the field to fix.
"""

import re

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils import translation
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail.rich_text import RichText, expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from contacts.blocks import ContactBlock
from guidance.concept import build_matrix
from guidance.snippets import ConceptElement
from guidance.textblocks import mark_placeholders

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, RichText):
        return not re.sub(r"<[^>]+>|&nbsp;", "", value.source or "").strip()
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)) or hasattr(value, "bound_blocks"):
        return all(is_empty(item) for item in value)
    return False


class ClearMessagesStructBlock(blocks.StructBlock):
    """A StructBlock whose required children get a specific Danish message when left empty.

    `required_messages` maps a child's name to the message shown next to that field.
    """

    required_messages: dict[str, str] = {}

    def clean(self, value):
        errors = {}
        for name, message in self.required_messages.items():
            if is_empty(value.get(name)):
                if isinstance(self.child_blocks[name], blocks.ListBlock):
                    errors[name] = ListBlockValidationError(non_block_errors=ErrorList([ValidationError(message)]))
                else:
                    errors[name] = ValidationError(message)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)


class PracticeCaseBlock(ClearMessagesStructBlock):
    """'Kommunal praksiserfaring': a numbered case from a municipality, with its advice."""

    number = blocks.IntegerBlock(label="Nummer", min_value=1, help_text="Casens nummer i vejledningen, fx 3.")
    title = blocks.CharBlock(label="Titel", max_length=150)
    theme = blocks.CharBlock(label="Tema", required=False, max_length=150, help_text="Fx 'Erfaringer med selvevaluering'.")
    text = blocks.RichTextBlock(label="Beskrivelse", features=SHORT_TEXT_FEATURES)
    advice_heading = blocks.CharBlock(
        label="Overskrift over råd", required=False, default="Gode råd fra en kommunal projektleder"
    )
    advice = blocks.ListBlock(blocks.CharBlock(label="Råd"), label="Gode råd", min_num=1)

    required_messages = {
        "number": "Giv casen et nummer, fx 3.",
        "title": "Casen mangler en titel.",
        "text": "Beskriv casen: hvad gjorde kommunen, og hvad kom der ud af det?",
        "advice": "Skriv mindst ét godt råd fra kommunen.",
    }

    class Meta:
        icon = "group"
        label = "Kommunal praksiserfaring"
        template = "guidance/blocks/practice_case.html"


class QuoteBlock(ClearMessagesStructBlock):
    text = blocks.TextBlock(label="Citat")
    speaker_role = blocks.CharBlock(
        label="Hvem siger det", max_length=120, help_text="Personens rolle, ikke navn, fx 'Kommunal projektleder'."
    )

    required_messages = {
        "text": "Citatet mangler tekst.",
        "speaker_role": "Skriv, hvem der siger det (rollen, fx 'Kommunal projektleder').",
    }

    class Meta:
        icon = "openquote"
        label = "Citat"
        template = "guidance/blocks/quote.html"


class GuidingQuestionsBlock(ClearMessagesStructBlock):
    heading = blocks.CharBlock(label="Overskrift", default="Spørgsmål at drøfte")
    intro = blocks.TextBlock(label="Indledning", required=False)
    questions = blocks.ListBlock(blocks.CharBlock(label="Spørgsmål"), label="Spørgsmål", min_num=1)

    required_messages = {
        "heading": "Giv spørgsmålene en overskrift.",
        "questions": "Tilføj mindst ét spørgsmål.",
    }

    class Meta:
        icon = "help"
        label = "Vejledende spørgsmål"
        template = "guidance/blocks/guiding_questions.html"


class ChecklistBlock(ClearMessagesStructBlock):
    heading = blocks.CharBlock(label="Overskrift")
    intro = blocks.TextBlock(label="Indledning", required=False)
    items = blocks.ListBlock(blocks.CharBlock(label="Punkt"), label="Punkter", min_num=1)

    required_messages = {
        "heading": "Giv tjeklisten en overskrift.",
        "items": "Tjeklisten er tom: tilføj mindst ét punkt.",
    }

    class Meta:
        icon = "tasks"
        label = "Tjekliste"
        template = "guidance/blocks/checklist.html"


class CalloutBlock(ClearMessagesStructBlock):
    style = blocks.ChoiceBlock(
        label="Type",
        choices=[("info", "Til orientering"), ("tip", "Godt at vide"), ("important", "Vigtigt")],
        default="info",
    )
    heading = blocks.CharBlock(label="Overskrift", required=False)
    text = blocks.RichTextBlock(label="Tekst", features=SHORT_TEXT_FEATURES)

    required_messages = {"text": "Boksen mangler tekst."}

    class Meta:
        icon = "pick"
        label = "Faktaboks"
        template = "guidance/blocks/callout.html"


class StepsBlock(ClearMessagesStructBlock):
    """Numbered or lettered steps, e.g. a concern's path A-D."""

    heading = blocks.CharBlock(label="Overskrift")
    steps = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("label", blocks.CharBlock(label="Mærke", max_length=6, help_text="Fx 'A' eller '1'.")),
                ("title", blocks.CharBlock(label="Titel")),
                ("text", blocks.TextBlock(label="Tekst", required=False)),
            ],
            label="Trin",
        ),
        label="Trin",
        min_num=1,
    )

    required_messages = {"heading": "Giv trinnene en overskrift.", "steps": "Tilføj mindst ét trin."}

    class Meta:
        icon = "list-ol"
        label = "Trin for trin"
        template = "guidance/blocks/steps.html"


class KeyFigureBlock(ClearMessagesStructBlock):
    number = blocks.DecimalBlock(label="Tal", decimal_places=1)
    unit = blocks.CharBlock(label="Enhed", required=False, max_length=20, help_text="Fx 'pct.' eller 'sager'.")
    label = blocks.CharBlock(label="Hvad tallet viser", max_length=250)
    source = blocks.CharBlock(label="Kilde", required=False, max_length=250)

    required_messages = {
        "number": "Skriv tallet (kun cifre, fx 83 eller 12,5).",
        "label": "Forklar, hvad tallet viser.",
    }

    class Meta:
        icon = "order"
        label = "Nøgletal"


class KeyFiguresBlock(ClearMessagesStructBlock):
    heading = blocks.CharBlock(label="Overskrift", default="Nøgletal")
    figures = blocks.ListBlock(KeyFigureBlock(), label="Nøgletal", min_num=1)
    source = blocks.CharBlock(label="Fælles kilde", required=False, max_length=250)

    required_messages = {"figures": "Tilføj mindst ét nøgletal."}

    class Meta:
        icon = "order"
        label = "Nøgletal"
        template = "guidance/blocks/key_figures.html"


class ConceptMatrixBlock(blocks.StructBlock):
    """The national concept as the guide's matrix: planning levels x intervention levels.

    The elements come from the ConceptElement snippets (live, in the reader's language), so the
    count on the page always matches the data.
    """

    heading = blocks.CharBlock(label="Overskrift", default="Det nationale koncept")
    intro = blocks.RichTextBlock(label="Indledning", required=False, features=SHORT_TEXT_FEATURES)
    show_descriptions = blocks.BooleanBlock(label="Vis beskrivelser", required=False, default=True)

    class Meta:
        icon = "table"
        label = "Det nationale koncept (matrix)"
        template = "guidance/blocks/concept_matrix.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        elements = ConceptElement.live_in_language(translation.get_language())
        context["elements"] = elements
        context["element_count"] = len(elements)
        context["bands"] = build_matrix(elements)
        return context


class TextBlockReferenceBlock(SnippetChooserBlock):
    """One of the centre's text blocks (the plan template's "tekstblokke"), embedded by reference:
    the page always shows the block's current published text, in the page's language when a
    translation of it is live (else in the reader's language, else as chosen). Used by the guide
    and, with its own label and template, by the plans' sections."""

    def __init__(self, **kwargs):
        super().__init__("guidance.TextBlock", **kwargs)

    def published_text_block(self, value, context=None):
        """The live version of `value` to show, or None."""
        if value is None:
            return None
        page = (context or {}).get("page")
        locale_id = getattr(page, "locale_id", None)
        if not locale_id:
            try:
                locale_id = Locale.get_active().id
            except (LookupError, Locale.DoesNotExist):
                locale_id = None
        if locale_id and value.locale_id != locale_id:
            localized = value.get_translation_or_none(locale_id)
            if localized is not None and localized.live:
                return localized
        return value if value.live else None

    def body_html(self, text_block, context=None):
        """The text block's body as HTML. Outside a plan its placeholders ([KOMMUNE], [POLITIKREDS])
        are shown as marked slots; plans.blocks fills in the plan's names instead."""
        return mark_placeholders(expand_db_html(text_block.body or ""))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        text_block = self.published_text_block(value, parent_context)
        context["text_block"] = text_block
        context["text_block_body"] = self.body_html(text_block, parent_context) if text_block else ""
        return context

    class Meta:
        icon = "doc-full"
        label = "Tekstblok"
        template = "guidance/blocks/text_block_reference.html"


class GuideStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label="Tekst", features=RICH_TEXT_FEATURES, icon="pilcrow")
    practice_case = PracticeCaseBlock()
    quote = QuoteBlock()
    guiding_questions = GuidingQuestionsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    contact = ContactBlock()
    concept_matrix = ConceptMatrixBlock()
    text_block = TextBlockReferenceBlock()

    class Meta:
        block_counts = {"concept_matrix": {"max_num": 1}}


class KnowledgeStreamBlock(GuideStreamBlock):
    key_figures = KeyFiguresBlock()
