"""Elasticsearch 9 path: placeholder until the full implementation lands."""


def sync_documents(keys, stale_filter=None):
    return None
