"""Processing tools of the corridor stage, one module each."""
from .barriers import Barriers
from .centrality import Centrality
from .circuitscape import Circuitscape
from .keyareas import KeyAreas
from .leastcost import LeastCostCorridors
from .networkreport import NetworkReport
from .pinchpoints import PinchPoints

__all__ = ["Barriers", "Centrality", "Circuitscape", "KeyAreas", "LeastCostCorridors",
           "NetworkReport", "PinchPoints"]
