"""Template tags for the national contact points (footer, home page)."""

from django import template

from contacts import national

register = template.Library()


@register.simple_tag
def national_contacts():
    """Live contact points in the reader's language (falling back to Danish), in display order."""
    return national.national_contacts()
