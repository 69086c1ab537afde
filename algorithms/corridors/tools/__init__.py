"""Processing tools of the corridor stage, one module each."""
from .circuitscape import Circuitscape
from .leastcost import LeastCostCorridors

__all__ = ["Circuitscape", "LeastCostCorridors"]
