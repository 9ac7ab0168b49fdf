"""Small helpers shared by the apps' idempotent demo loaders."""


def set_fields(obj, **values) -> bool:
    """Assign values that differ; return True when anything changed (or the object is new)."""
    changed = obj.pk is None
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def publish_if_changed(obj, changed: bool):
    """Save a page or a draft-state snippet as a new published revision, but only when it changed
    or has never been published."""
    if not changed and getattr(obj, "live", True) and not getattr(obj, "has_unpublished_changes", False):
        return obj
    if obj.pk is None and not hasattr(obj, "depth"):
        obj.live = False
        obj.save()
    revision = obj.save_revision()
    revision.publish()
    obj.refresh_from_db()
    return obj
