"""The plugin's expected errors (pure: no qgis import, so pure modules raise them too).

An EcoError is a situation the user can act on: bad or unsuitable input, work refused
before it starts (memory), a solve that failed its accuracy check. Its message is written for
the user and names what is at fault; base.EcoAlgorithm turns it into a
QgsProcessingException without a traceback. Any other exception is a bug and keeps its
traceback. Cancelled is the one way a run stops on the user's request.
"""


class EcoError(Exception):
    """Base of the plugin's expected errors; the message is shown to the user as it is."""


class Cancelled(Exception):
    """The user cancelled the run; the tool stops and removes what it wrote."""
