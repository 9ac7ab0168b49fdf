"""The concern path: /da/bekymret/ (recognise, contact, what happens next) and the action card."""

from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from concern import contacts, pdf
from core.models import BasePage
from places import choice, municipalities
from plans.models import PlanPage

# How long a browser may reuse the concern page: it shows whether the hotline is open right now
# and the reader's remembered municipality, so it is private and short-lived (docs/frontend.md).
CONCERN_PAGE_MAX_AGE = 60


class PathStepBlock(blocks.StructBlock):
    letter = blocks.CharBlock(label="Bogstav", max_length=2, help_text="A, B, C eller D")
    title = blocks.CharBlock(label="Overskrift", max_length=120)
    text = blocks.TextBlock(label="Tekst")

    class Meta:
        icon = "list-ol"
        label = "Trin"


class ConcernPage(RoutablePageMixin, BasePage):
    """Er du bekymret? The one page most people come for. One per language, under the home page."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])
    recognise_heading = models.CharField("Overskrift, trin 1", max_length=120, default="Genkend tegnene")
    recognise_intro = RichTextField("Tekst, trin 1", blank=True, features=["bold", "italic", "link"])
    signs_note = models.TextField(
        "Tegnene er ikke en tjekliste",
        blank=True,
        default=(
            "Tegnene er ikke en tjekliste. Ét tegn alene betyder sjældent noget, og mange tegn kan have helt "
            "andre forklaringer. Det er din samlede bekymring, der tæller."
        ),
    )
    contact_heading = models.CharField("Overskrift, trin 2", max_length=120, default="Kontakt infohuset i din kommune")
    contact_intro = RichTextField("Tekst, trin 2", blank=True, features=["bold", "italic", "link"])
    path_heading = models.CharField("Overskrift, trin 3", max_length=120, default="Det sker der bagefter")
    path_intro = RichTextField("Tekst, trin 3", blank=True, features=["bold", "italic", "link"])
    path_steps = StreamField([("step", PathStepBlock())], blank=True, verbose_name="En bekymrings vej (A-D)")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("recognise_heading"), FieldPanel("recognise_intro"), FieldPanel("signs_note")],
                        heading="1. Genkend"),
        MultiFieldPanel([FieldPanel("contact_heading"), FieldPanel("contact_intro")], heading="2. Kontakt"),
        MultiFieldPanel([FieldPanel("path_heading"), FieldPanel("path_intro"), FieldPanel("path_steps")],
                        heading="3. Det sker der bagefter"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("recognise_intro"),
        index.SearchField("signs_note"),
        index.SearchField("contact_intro"),
        index.SearchField("path_intro"),
        index.SearchField("path_steps"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "bekymringsside"

    # --- the page itself -------------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(contacts.national_context(request=request))
        # Read only when their parts of the page are rendered, not when those come from the content
        # cache (concern_page.html).
        context["sign_groups"] = SimpleLazyObject(lambda: contacts.signs_by_severity(contacts.signs_of_concern()))
        context["municipalities"] = municipalities.choices(request)
        context["steps"] = SimpleLazyObject(lambda: [step.value for step in self.path_steps])
        return context

    @path("")
    def concern(self, request):
        """The page. A GET with ?kommune=<slug> (the list) or ?navn=<text> (typed) chooses a
        municipality; the choice is remembered in a cookie and the session."""
        result = choice.from_query(request.GET)
        chosen = result.municipality or choice.remembered(request)
        context = self.get_context(request)
        context.update(choice_result=result, chosen=chosen, infohus=municipalities.infohus_for(chosen),
                       plan=PlanPage.public_plan_for(chosen, getattr(request, "LANGUAGE_CODE", None)))
        template = "concern/includes/contact_step.html" if request.GET.get("del") == "kontakt" else self.get_template(request)
        response = TemplateResponse(request, template, context)
        if result.municipality:
            choice.remember(request, response, result.municipality)
        patch_cache_control(response, private=True, max_age=CONCERN_PAGE_MAX_AGE)
        patch_vary_headers(response, ["Cookie"])
        return response

    # --- the action card ------------------------------------------------------------------------
    @path("kort/")
    def card_index(self, request):
        chosen = choice.remembered(request)
        if chosen:
            return redirect(self.url + self.reverse_subpage("card", kwargs={"slug": chosen.slug}))
        return redirect(self.url + "#kontakt")

    @re_path(r"^kort/(?P<slug>[-\w]+)/$", name="card")
    def card(self, request, slug):
        municipality = self._municipality_or_404(slug)
        return TemplateResponse(request, "concern/action_card.html", self.card_context(request, municipality))

    @re_path(r"^kort/(?P<slug>[-\w]+)/pdf/$", name="card_pdf")
    def card_pdf(self, request, slug):
        municipality = self._municipality_or_404(slug)
        document = pdf.render_action_card(request, self.card_context(request, municipality, for_pdf=True))
        response = HttpResponse(document, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="handlekort-{municipality.slug}.pdf"'
        return response

    def card_context(self, request, municipality, for_pdf=False):
        context = self.get_context(request)
        context.update(
            municipality=municipality,
            infohus=municipalities.infohus_for(municipality),
            card_url=request.build_absolute_uri(self.url + self.reverse_subpage("card", kwargs={"slug": municipality.slug})),
            for_pdf=for_pdf,
        )
        return context

    def _municipality_or_404(self, slug):
        municipality = municipalities.by_slug(slug)
        if municipality is None:
            raise Http404("Ukendt kommune")
        return municipality
