"""The plugin's expected errors (pure: no qgis import, so pure modules raise them too).

An EcoError is a situation the user can act on: bad or unsuitable input, work refused
before it starts (memory), a solve that failed its accuracy check. Its message is written for
the user and names what is at fault; base.EcoAlgorithm turns it into a
QgsProcessingException without a traceback. Any other exception is a bug and keeps its
traceback. Cancelled is the one way a run stops on the user's request.

Messages are translatable: a pure module cannot call Qt, so it raises the English template
with named placeholders and their values,

    raise GridError("Layer {layer} has no cells in the extent of {other}; ...",
                    layer=name, other=other)

and the tool's base translates the template (context "EcoSecurity", collected by
i18n/catalogue.py from the literal first argument of every *Error(...) call) before it fills
in the values. str(err) is the English message, for logs and tests.

A value that is English words itself (one of two wordings, a term from a table) is a Phrase,
translated with the message:

    raise PanelVARError("... {advice}", advice=Phrase("Use at most {n} lag(s).", n=most)
                        if most >= 1 else Phrase("A panel VAR needs at least 3 periods."))

A long list given as a value is a Listing ("a, b, c and 4 more"). Texts a pure module
returns rather than raises (warnings, verdicts written into outputs) are Phrases too: str()
is the English, and the tool shows rendered(value, self.tr).
"""


class EcoError(Exception):
    """Base of the plugin's expected errors; the message is shown to the user.

    template: the English message, with {name} placeholders when values are given (without
    values it is shown as it is, braces included).
    """

    def __init__(self, template, **values):
        self.template = str(template)
        self.values = values
        super().__init__(self.message())

    def message(self, translate=None):
        """The message, its template first passed through translate (a text -> text
        function) when given. A translation that breaks the placeholders falls back to the
        English template rather than hiding the error."""
        return _fill(self.template, self.values, translate)


class Phrase(str):
    """English words given as a message's value, translated with the message (str(p) is the
    English text). Like a message: a literal template, and named values when it has any."""

    def __new__(cls, template, **values):
        phrase = super().__new__(cls, _fill(str(template), values, None))
        phrase.template, phrase.values = str(template), values
        return phrase

    def message(self, translate=None):
        return _fill(self.template, self.values, translate)


class Listing(Phrase):
    """Items as a message shows a long list: the first `limit` joined by ", ", then
    " and N more" when there are more (total items, when only the first are given). Items
    are texts or Phrases; like a Phrase, str(l) is the English text and message(translate)
    the translated one."""

    def __new__(cls, items, limit=5, total=None):
        items = list(items)[:limit]
        total = len(items) if total is None else int(total)
        listing = str.__new__(cls, _listing(items, total, None))
        listing.template, listing.values = str(listing), {}
        listing.items, listing.limit, listing.total = items, limit, total
        return listing

    def __getnewargs__(self):   # copies and pickles rebuild it from its items
        return self.items, self.limit, self.total

    def message(self, translate=None):
        return _listing(self.items, self.total, translate)


def _listing(items, total, translate):
    shown = ", ".join(i.message(translate) if isinstance(i, Phrase) else str(i)
                      for i in items)
    more = total - len(items)
    if more <= 0:
        return shown
    return Phrase("{shown} and {n} more", shown=shown, n=more).message(translate)


def rendered(value, translate=None):
    """A value as the user reads it: a Phrase or EcoError through translate, anything else
    str(value) (tools use it for lists of texts that pure modules return)."""
    if isinstance(value, (Phrase, EcoError)):
        return value.message(translate)
    return str(value)


def _fill(template, values, translate):
    """template, through translate when given, with its values filled in (Phrase values
    translated too); a translation that breaks the placeholders falls back to English."""
    text = translate(template) if translate is not None else template
    if not values:
        return text
    if translate is not None:
        values = {k: v.message(translate) if isinstance(v, Phrase) else v
                  for k, v in values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


class Cancelled(Exception):
    """The user cancelled the run; the tool stops and removes what it wrote."""
