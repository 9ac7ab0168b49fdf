"""For the project's versions of Wagtail's workflow e-mails (templates/wagtailadmin/notifications/)."""

from django import template
from wagtail.models import WorkflowState

register = template.Library()


@register.simple_tag
def latest_review_comment(obj) -> str:
    """The comment the reviewer left when finishing the latest task of `obj`'s latest workflow
    (approving or rejecting), or ""."""
    if obj is None or not getattr(obj, "pk", None):
        return ""
    state = (
        WorkflowState.objects.for_instance(obj).select_related("current_task_state").order_by("-created_at").first()
    )
    task_state = state.current_task_state if state else None
    return (task_state.specific.get_comment() or "") if task_state else ""


@register.simple_tag
def site_page_url(base_url, page) -> str:
    """The page's address on the real site: WAGTAILADMIN_BASE_URL (from the environment) and the
    page's path, rather than the Wagtail site's configured host name (often "localhost")."""
    url = page.get_url(None) or ""
    if url.startswith(("http://", "https://")):
        return url
    return f"{(base_url or '').rstrip('/')}{url}"
