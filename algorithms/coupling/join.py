"""Matching a region-year table to region polygons (pure Python).

Keys compare as text; with loose matching case, spaces, underscores, hyphens and dots do
not count, so 'NEW_YORK', 'New York' and 'new-york' meet.
"""
import re

from ..errors import EcoError, Phrase


class JoinError(EcoError, ValueError):
    """A table that cannot be joined as asked."""


def normalise_key(key, loose):
    text = str(key).strip()
    if not loose:
        return text
    return re.sub(r"[\s_\-.]+", "", text).casefold()


def index_rows(keys, times=None, loose=True):
    """{normalised key: {time: row}}; duplicate (key, time) pairs are an error naming them."""
    out = {}
    dupes = []
    for row, key in enumerate(keys):
        time = None if times is None else times[row]
        slot = out.setdefault(normalise_key(key, loose), {})
        if time in slot:
            dupes.append("%s%s (rows %d and %d)" % (key, "" if time is None else ", %s" % time,
                                                     slot[time] + 1, row + 1))
        else:
            slot[time] = row
    if dupes:
        what = Phrase("key and time") if times is not None else Phrase("key")
        raise JoinError("The table has more than one row for the same {what}: {dupes}{more}. "
                        "Give TIME_FIELD for a panel, or remove the duplicates.",
                        what=what, dupes="; ".join(dupes[:5]),
                        more=Phrase(" and {n} more", n=len(dupes) - 5) if len(dupes) > 5 else "")
    return out


def sort_times(times):
    """Distinct times in natural order: numerically when they all are numbers."""
    distinct = set(times)
    try:
        return sorted(distinct, key=float)
    except (TypeError, ValueError):
        return sorted(distinct, key=str)


def wide_name(field, time):
    """Field name for one time in a wide layout: D_2010."""
    return "%s_%s" % (field, re.sub(r"[^0-9A-Za-z]+", "_", str(time)).strip("_"))


def match_report(table_index, region_keys, loose):
    """(normalised keys of regions with data, table keys no region matched)."""
    regions = {normalise_key(k, loose) for k in region_keys if k is not None}
    unmatched = sorted(k for k in table_index if k not in regions)
    return regions & set(table_index), unmatched
