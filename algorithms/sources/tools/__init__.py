"""Processing tools of the ecological-source stage, one module each."""
from .mspa import MSPA

__all__ = ["MSPA"]
