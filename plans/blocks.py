"""StreamField blocks for the plan pages."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


class TextBlockReferenceBlock(SnippetChooserBlock):
    """One of the centre's text blocks (guidance.TextBlock), embedded by reference: the plan always
    shows the block's current published text, in the plan's language when a translation is live."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Centerets tekstblok")
        kwargs.setdefault("help_text", "Teksten følger centerets seneste offentliggjorte version.")
        super().__init__("guidance.TextBlock", **kwargs)

    def bulk_to_python(self, values):
        from guidance import textblock_memo

        found = textblock_memo.bulk_lookup(list(values))
        return found if found is not None else super().bulk_to_python(values)

    def published_text_block(self, value, context=None):
        from guidance import textblock_memo

        if value is None:
            return None
        page = (context or {}).get("page")
        if page is not None and getattr(page, "locale_id", None) and value.locale_id != page.locale_id:
            translation = textblock_memo.translation(value, page.locale_id)
            if translation is not None and translation.live:
                return translation
        return value if value.live else None

    def render(self, value, context=None):
        from django.template.loader import render_to_string

        block = self.published_text_block(value, context)
        if block is None:
            return ""
        return render_to_string("plans/blocks/text_block.html", {"text_block": block})

    class Meta:
        icon = "doc-full"


class SectionBlock(blocks.StreamBlock):
    """The body of one plan section: the municipality's own text, and (where the centre offers
    one) a text block embedded by reference."""

    paragraph = blocks.RichTextBlock(label="Tekst", features=RICH_FEATURES)
    text_block = TextBlockReferenceBlock()

    class Meta:
        label = "Afsnit"


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Mål", max_length=200)
    description = blocks.TextBlock(label="Uddybning og hvordan målet følges", required=False)

    class Meta:
        icon = "tick"
        label = "Mål"


class GoalsBlock(blocks.StreamBlock):
    goal = GoalBlock()


class ProcedureStepBlock(blocks.StructBlock):
    PHASES = [
        ("A", "A: Bekymringen modtages"),
        ("B", "B: Første vurdering"),
        ("C", "C: Indsats og opfølgning"),
        ("D", "D: Afsluttet eller henvist"),
    ]
    phase = blocks.ChoiceBlock(label="Fase i bekymringens vej", choices=PHASES, required=False)
    title = blocks.CharBlock(label="Trin", max_length=200)
    description = blocks.RichTextBlock(label="Hvad sker der", features=["bold", "italic", "link", "ul"])
    responsible = blocks.CharBlock(label="Hvem gør det", max_length=200, required=False)
    timeframe = blocks.CharBlock(label="Hvornår / hvor hurtigt", max_length=120, required=False)

    class Meta:
        icon = "list-ol"
        label = "Trin"


class ProcedureBlock(blocks.StreamBlock):
    step = ProcedureStepBlock()
