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
        text = translate(self.template) if translate is not None else self.template
        if not self.values:
            return text
        try:
            return text.format(**self.values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.values)


class Cancelled(Exception):
    """The user cancelled the run; the tool stops and removes what it wrote."""
