"""Find in the article's text: the next or previous occurrence, wrapping around."""


def find_in_text(text: str, needle: str, start: int, end: int, step: int) -> int | None:
    """Where ``needle`` next occurs after ``end`` (``step`` > 0) or before ``start``, wrapping around
    the text; None when it does not occur. ``start``/``end`` are the current selection (or cursor)."""
    if not needle:
        return None
    if step > 0:
        found = text.find(needle, end)
        found = found if found >= 0 else text.find(needle)
    else:
        found = text.rfind(needle, 0, start)
        found = found if found >= 0 else text.rfind(needle)
    return found if found >= 0 else None
