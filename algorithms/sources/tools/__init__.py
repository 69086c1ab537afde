"""Processing tools of the ecological-source stage, one module each."""
from .connectivity import PatchConnectivity
from .mspa import MSPA

__all__ = ["MSPA", "PatchConnectivity"]
