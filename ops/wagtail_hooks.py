from wagtail import hooks


@hooks.register("before_serve_page")
def mark_restricted_pages(page, request, serve_args, serve_kwargs):
    """Pages behind a view restriction (staff only, password, groups) are never cached for
    sharing: ops.pagecache marks their responses private/no-store and never stores them."""
    restrictions = page.get_view_restrictions()
    restricted = bool(restrictions)  # evaluates the queryset once and keeps the rows
    # Wagtail's own restriction check (a later before_serve_page hook) and any view code reuse the
    # evaluated queryset instead of querying again.
    page.get_view_restrictions = lambda: restrictions
    if restricted:
        request.ops_restricted = True


@hooks.register("before_serve_document")
def mark_restricted_documents(document, request):
    """Files in a collection with a view restriction are never cached for sharing (browsers,
    proxies, the page cache): ops.pagecache marks the response private/no-store."""
    if document.collection.get_view_restrictions().exists():
        request.ops_restricted = True


@hooks.register("register_admin_urls")
def twofactor_urls():
    from django.urls import path

    from ops import twofactor_views

    return [
        path("2fa/setup/", twofactor_views.setup, name="ops_2fa_setup"),
        path("2fa/verify/", twofactor_views.verify, name="ops_2fa_verify"),
        path("2fa/recovery/", twofactor_views.recovery, name="ops_2fa_recovery"),
    ]


@hooks.register("register_account_menu_item")
def twofactor_recovery_item(request):
    from django.urls import reverse

    return {
        "url": reverse("ops_2fa_recovery"),
        "label": "To-faktor-login: reservekoder",
        "help_text": "Se hvor mange reservekoder du har tilbage, eller lav nye.",
    }


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    from django.urls import reverse

    return {
        "url": reverse("ops_2fa_setup"),
        "label": "To-faktor-login",
        "help_text": "Beskyt dit login med en kode fra en godkendelses-app på telefonen.",
    }
