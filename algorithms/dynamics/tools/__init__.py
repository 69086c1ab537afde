"""Processing tools of the panel-dynamics workflow, one module each."""
from .forecast import Forecast
from .kerneldensity import KernelDensity
from .panelunitroot import PanelUnitRoot
from .panelvar import PanelVAR

__all__ = ["Forecast", "KernelDensity", "PanelUnitRoot", "PanelVAR"]
