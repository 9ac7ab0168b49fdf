"""StreamField blocks for the plan pages."""

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html

from guidance.blocks import TextBlockReferenceBlock
from guidance.textblocks import fill_placeholders

RICH_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


def plan_names(page):
    """(municipality, police district) of the plan `page` (PlanPage.placeholder_names), or
    (None, None) outside a plan."""
    names = getattr(page, "placeholder_names", None)
    return names() if callable(names) else (None, None)


class PlanTextBlockReferenceBlock(TextBlockReferenceBlock):
    """A text block inside a plan: its placeholders become the plan's municipality and police
    district (their official names)."""

    def body_html(self, text_block, context=None):
        municipality, police_district = plan_names((context or {}).get("page"))
        if municipality is None:
            return super().body_html(text_block, context)
        return fill_placeholders(
            expand_db_html(text_block.body or ""), municipality=municipality, police_district=police_district
        )


class SectionImageBlock(blocks.StructBlock):
    """A picture in a plan section (e.g. an organisation chart brought in from the Word plan)."""

    image = ImageChooserBlock(label="Billede")
    caption = blocks.CharBlock(
        label="Billedtekst", required=False, max_length=250,
        help_text="Beskriv, hvad billedet viser; teksten læses også op for blinde.",
    )

    class Meta:
        icon = "image"
        label = "Billede"
        template = "plans/blocks/image.html"


class SectionBlock(blocks.StreamBlock):
    """The body of one plan section: the municipality's own text, and (where the centre offers
    one) a text block embedded by reference."""

    paragraph = blocks.RichTextBlock(label="Tekst", features=RICH_FEATURES)
    # The text follows the centre's latest published version, in the plan's language. Optional:
    # a slot left empty (added, then never chosen; kept by autosave) is dropped when the plan is
    # saved, instead of blocking "send til godkendelse" with an error nobody can find.
    text_block = PlanTextBlockReferenceBlock(
        label="Centerets tekstblok",
        required=False,
        help_text="Teksten følger centerets seneste offentliggjorte version. Et tomt felt fjernes, når planen gemmes.",
        template="plans/blocks/text_block.html",
    )
    image = SectionImageBlock()

    class Meta:
        label = "Afsnit"

    def clean(self, value):
        kept = [(child.block_type, child.value, child.id) for child in value if not is_empty_slot(child)]
        if len(kept) != len(value):
            value = blocks.StreamValue(self, kept)
        return super().clean(value)


def is_empty_slot(child) -> bool:
    """An optional part of a section left empty: a text block never chosen, or a text paragraph
    with nothing in it."""
    if child.block_type == "text_block":
        return child.value is None
    if child.block_type == "paragraph":
        return not strip_tags(child.value.source if child.value else "").replace("&nbsp;", "").strip()
    return False


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
