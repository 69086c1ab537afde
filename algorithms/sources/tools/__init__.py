"""Processing tools of the ecological-source stage, one module each."""
from .connectivity import PatchConnectivity
from .mspa import MSPA
from .select import SelectSources

__all__ = ["MSPA", "PatchConnectivity", "SelectSources"]
