"""What the document builder tells the rest of the search (the Elasticsearch backend) about the
documents it writes, so that search/documents.py need not know the backends. Connected in
search/signals.py."""

from django.dispatch import Signal

# Documents were written to sitesearch_searchdocument. Arguments: keys (of the documents
# written) and stale_pks (primary keys of the documents deleted as stale).
documents_written = Signal()

# Every document is about to be rebuilt from scratch (search_reindex, the demo loader).
index_reset = Signal()

# The rebuild is over (after index_reset, whether it succeeded or not): the Elasticsearch backend
# builds a new index from the table and swaps it in.
index_rebuilt = Signal()
