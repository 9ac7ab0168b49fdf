"""Revision comparison that shows what an editor changed, and nothing else.

Rich text written outside the editor (the demo content, an imported Word document, the API) is
stored in another markup than the one the rich-text editor (Draftail) writes back: `<strong>`
becomes `<b>`, every paragraph gets a random `data-block-key`, a list inside a paragraph is split
out. So the first save after such content rewrote the markup of every rich-text section, and
Wagtail's comparison, which compares the stored HTML, marked every section as changed and showed
it as one run-together string ("opdigtede.Alle borgere").

Here rich text is compared by what a reader sees: its paragraphs (headings, list items) as text.
A section counts as changed only when that text changed, and it is shown paragraph by paragraph.
Registered for StreamField and RichTextField with Wagtail's `register_comparison_class`
(core.apps); blocks inside a stream are mapped with `comparison_class_for`.
"""

from __future__ import annotations

import difflib
import re

from bs4 import BeautifulSoup
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail import blocks
from wagtail.admin import compare
from wagtail.rich_text import RichText

BLOCK_TAGS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "tr", "div", "br"]


def paragraphs(html) -> list[str]:
    """The visible text of `html`, one string per paragraph (heading, list item), whitespace
    collapsed; markup and attributes (bold as <b> or <strong>, block keys) do not matter."""
    if isinstance(html, RichText):
        html = html.source
    soup = BeautifulSoup(str(html or ""), "html.parser")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"\s+", " ", line).strip() for line in soup.get_text().split("\n"))
    return [line for line in lines if line]


def _paragraphs_html(items) -> str:
    return format_html_join("", "<p>{}</p>", ((item,) for item in items))


def paragraph_diff(a: list[str], b: list[str]) -> str:
    """The two texts paragraph by paragraph: unchanged ones as they are, replaced ones with a word
    diff, new and removed ones marked as additions and deletions."""
    out = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(_paragraphs_html(a[a1:a2]))
            continue
        old, new = a[a1:a2], b[b1:b2]
        for i in range(max(len(old), len(new))):
            if i < len(old) and i < len(new):
                out.append(format_html("<p>{}</p>", compare.diff_text(old[i], new[i]).to_html()))
            elif i < len(old):
                out.append(format_html('<p><span class="deletion">{}</span></p>', old[i]))
            else:
                out.append(format_html('<p><span class="addition">{}</span></p>', new[i]))
    return mark_safe("".join(str(part) for part in out))  # noqa: S308 - every part is escaped above


class RichTextComparison(compare.RichTextBlockComparison):
    def has_changed(self):
        return paragraphs(self.val_a) != paragraphs(self.val_b)

    def htmlvalue(self, val):
        return _paragraphs_html(paragraphs(val))

    def htmldiff(self):
        return paragraph_diff(paragraphs(self.val_a), paragraphs(self.val_b))


def comparison_class_for(block):
    """Wagtail's comparison class for `block`, with rich text, structs, streams and lists compared
    by their visible text (see the module docstring)."""
    if hasattr(block, "get_comparison_class"):
        return block.get_comparison_class()
    if isinstance(block, blocks.RichTextBlock):
        return RichTextComparison
    if isinstance(block, blocks.StructBlock):
        return StructComparison
    if isinstance(block, blocks.StreamBlock):
        return StreamComparison
    if isinstance(block, blocks.ListBlock):
        return ListComparison
    return compare.get_comparison_class_for_block(block)


def _upgrade(comparison):
    return comparison_class_for(comparison.block)(
        comparison.block, comparison.exists_a, comparison.exists_b, comparison.val_a, comparison.val_b
    )


class StructComparison(compare.StructBlockComparison):
    def _children(self, val_a, val_b, exists_a=True, exists_b=True):
        for name, block in self.block.child_blocks.items():
            yield block.label, comparison_class_for(block)(block, exists_a, exists_b, val_a[name], val_b[name])

    def has_changed(self):
        return any(child.has_changed() for _label, child in self._children(self.val_a, self.val_b))

    def htmlvalue(self, val):
        items = [(label, child.htmlvalue(child.val_a)) for label, child in self._children(val, val)]
        return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "<dt>{}</dt><dd>{}</dd>", items))

    def htmldiff(self):
        items = [
            (label, child.htmldiff() if child.has_changed() else child.htmlvalue(child.val_a))
            for label, child in self._children(self.val_a, self.val_b, self.exists_a, self.exists_b)
        ]
        return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "<dt>{}</dt><dd>{}</dd>", items))


class _SequenceMixin:
    def get_block_comparisons(self):
        return [_upgrade(comparison) for comparison in super().get_block_comparisons()]

    def has_changed(self):
        comparisons = self.get_block_comparisons()
        if any(c.is_new() or c.is_deleted() or c.has_changed() for c in comparisons):
            return True
        # Same blocks with the same content: changed only if they were reordered.
        ids_a = [child.id for child in self.get_blocks_from_value(self.val_a)]
        ids_b = [child.id for child in self.get_blocks_from_value(self.val_b)]
        return ids_a != ids_b

    def htmlvalue(self, val):
        items = [
            (child.block.label, comparison_class_for(child.block)(child.block, True, True, child.value, child.value).htmlvalue(child.value))
            for child in self.get_blocks_from_value(val)
        ]
        return format_html("<dl>\n{}\n</dl>", format_html_join("\n", "<dt>{}</dt><dd>{}</dd>", items))


class StreamComparison(_SequenceMixin, compare.StreamBlockComparison):
    pass


class ListComparison(_SequenceMixin, compare.ListBlockComparison):
    pass


class StreamFieldComparison(compare.StreamFieldComparison):
    def _stream(self):
        return StreamComparison(self.field.stream_block, True, True, self.val_a, self.val_b)

    def has_changed(self):
        if self.has_block_ids(self.val_a) and self.has_block_ids(self.val_b):
            return self._stream().has_changed()
        return super().has_changed()

    def htmldiff(self):
        if self.has_block_ids(self.val_a) and self.has_block_ids(self.val_b):
            return self._stream().htmldiff()
        return super().htmldiff()


class RichTextFieldComparison(compare.RichTextFieldComparison):
    def has_changed(self):
        return paragraphs(self.val_a) != paragraphs(self.val_b)

    def htmldiff(self):
        return paragraph_diff(paragraphs(self.val_a), paragraphs(self.val_b))


def register():
    from wagtail.fields import RichTextField, StreamField

    compare.register_comparison_class(StreamField, comparison_class=StreamFieldComparison)
    compare.register_comparison_class(RichTextField, comparison_class=RichTextFieldComparison)

