import logging


class OneLine(logging.Filter):
    """Drop the traceback from a record (a dead Redis would otherwise log one per request)."""

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {record.exc_info[1]}"
            record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True
