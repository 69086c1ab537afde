"""Add finished translations to a .ts from a JSON object {source: translation}:
`python i18n/add.py zh_CN new.json` (for a handful of strings; Qt Linguist for more)."""
import json
import os
import sys

import catalogue


def main():
    locale, path = sys.argv[1], sys.argv[2]
    ts = os.path.join(catalogue.HERE, "ecosecurity_%s.ts" % locale)
    known = catalogue.read_ts(ts)
    with open(path, encoding="utf-8") as f:
        new = json.load(f)
    unknown = [s for s in new if s not in known]
    if unknown:
        raise SystemExit("not in %s (run `make ts` first): %r" % (ts, unknown[:3]))
    known.update({s: (t, bool(t)) for s, t in new.items()})
    catalogue.write_ts(ts, locale, list(known), known)
    print("%s: %d translations added" % (ts, len(new)))


if __name__ == "__main__":
    main()
