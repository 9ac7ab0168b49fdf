"""Who counts as the national centre in the admin: its editors' group, and superusers. One home for
the group's name; plans (editing every plan), search (seeing everything) and the translation status
report use it."""

CENTRE_EDITORS = "Centerets redaktører"


def is_centre_editor(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=CENTRE_EDITORS).exists()
