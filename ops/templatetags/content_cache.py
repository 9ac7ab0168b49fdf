"""`{% contentcache "name" var ... %}…{% endcontentcache %}`: template fragment caching for markup that
is the same for every reader until content changes (ops.contentcache).

Like Django's `{% cache %}`, but the key's version is the content generation (so a publish or any
content save retires every fragment at once), the key always varies on the active language and the
host, the timeout is `OPS_CONTENT_CACHE_SECONDS`, and the fragment is rendered fresh, never stored:
- in Wagtail previews, without a request in the context, or when the generation cannot be read;
- when a value it varies on is None or missing (e.g. `page.pk` on a view that is not a page);
- when something per reader was read while it rendered (`contentcache.mark_personal`, e.g. a
  contact block that shows the reader's own municipality).

Only wrap markup that reads nothing else per reader (no user, cookies, CSRF token, CSP nonce) and
nothing that depends on the time of day.
"""

from django import template

from ops import contentcache

register = template.Library()


class ContentCacheNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        version = contentcache.usable(request)
        if version is None:
            return self.nodelist.render(context)
        vary = [var.resolve(context, ignore_failures=True) for var in self.vary_on]
        if any(value is None for value in vary):
            return self.nodelist.render(context)
        key = contentcache.make_key(
            "fragment", self.name, contentcache.language(), contentcache.site_key(request), *map(str, vary)
        )
        store = contentcache.cache()
        value = store.get(key, version=version)
        if value is None:
            personal_before = contentcache.personal_reads(request)
            value = self.nodelist.render(context)
            if contentcache.personal_reads(request) == personal_before:
                store.set(key, value, contentcache.timeout(), version=version)
        return value


@register.tag("contentcache")
def do_contentcache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name, e.g. {{% {bits[0]} \"plan-body\" page.pk %}}")
    name = bits[1].strip("\"'")
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])
