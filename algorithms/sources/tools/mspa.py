"""ecosecurity:mspa: Morphological Spatial Pattern Analysis, as GuidosToolbox computes it."""
import numpy as np
from osgeo import gdal
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ...tools.compat import FieldType
from ...base import EcoAlgorithm, Progress, help_html, paletted_style, require_memory
from ...classify import breaks as B
from .. import mspa as M
from .common import GROUP, GROUP_ID

# peak bytes per pixel of the engine (measured 16-18 on Corsica; up to ~29 on dense maps
# with a wide edge), plus the input and the output
BYTES_PER_PIXEL = 32


class MSPA(EcoAlgorithm):
    ID = "mspa"
    TITLE = "MSPA (Morphological Spatial Pattern Analysis)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "mspa.svg"
    TAGS = "MSPA,GuidosToolbox,core,bridge,loop,edge,islet,morphology,habitat,ecological source"
    ADVANCED = ("TRANSITION", "INTEXT")
    HELP = help_html(
        "Splits the habitat of a map into MSPA's seven classes (core, islet, perforation, "
        "edge, loop, bridge, branch) pixel for pixel as the JRC MSPA engine of GuidosToolbox "
        "does, with its byte coding and colours, and a table of the classes. Core areas are "
        "the usual candidates for ecological sources.",
        "Core: foreground farther than EDGE_WIDTH + 0.98 (Euclidean) from background; "
        "islet: foreground components without core; edge / perforation: the ring around "
        "core outside / inside its holes; loop / bridge: the anchored skeleton linking a "
        "core to itself / to another core; branch: the rest. Missing pixels near foreground "
        "count as foreground. Coding: core 17, islet 9, perforation 5, edge 3, loop 65 "
        "(67/69 in edge/perforation), bridge 33 (35/37), branch 1, background 0, missing "
        "129; INTEXT adds 100 inside core holes and splits background into core-opening 100 "
        "and border-opening 220.",
        [("INPUT", "Habitat map (e.g. land cover)."),
         ("FOREGROUND", "Values that are habitat, comma separated (default 2)."),
         ("MISSING", "Values that are missing besides nodata (default 0)."),
         ("CONNECTIVITY", "Foreground cells connected to their eight or four neighbours."),
         ("EDGE_WIDTH", "Edge width in pixels (default 1)."),
         ("TRANSITION", "Show the transition pixels of loops and bridges (as GuidosToolbox, "
          "this changes colours only; the codes are the same)."),
         ("INTEXT", "Tell internal from external features.")],
        [("OUTPUT", "Byte raster in GuidosToolbox's coding, with its colour table."),
         ("OUTPUT_STATS", "class, name, pixels, area (map units squared), share of "
          "foreground (%).")],
        ["Soille, P. and Vogt, P. (2009). Morphological segmentation of binary patterns. "
         "Pattern Recognition Letters 30, 456-459.",
         "Vogt, P. and Riitters, K. (2017). GuidosToolbox: universal digital image object "
         "analysis. European Journal of Remote Sensing 50, 352-361."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", "Habitat map"))
        self.addParameter(QgsProcessingParameterString("FOREGROUND", "Foreground values",
                                                       defaultValue="2"))
        self.addParameter(QgsProcessingParameterString("MISSING", "Missing values",
                                                       defaultValue="0", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "CONNECTIVITY", "Foreground connectivity", options=["Eight", "Four"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "EDGE_WIDTH", "Edge width (pixels)", QgsProcessingParameterNumber.Type.Integer, 1,
            minValue=1, maxValue=100))
        self.addParameter(QgsProcessingParameterBoolean("TRANSITION", "Transition",
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean("INTEXT", "Internal / external",
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "MSPA"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_STATS", "MSPA classes", QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        src = self.raster_in(parameters, "INPUT", context)
        fg = B.parse_numbers(self.parameterAsString(parameters, "FOREGROUND", context),
                             "FOREGROUND")
        if fg.size == 0:
            raise QgsProcessingException(self.tr("FOREGROUND needs at least one value, e.g. '2'."))
        missing = B.parse_numbers(self.parameterAsString(parameters, "MISSING", context),
                                  "MISSING")
        require_memory(BYTES_PER_PIXEL * src.width * src.height,
                       self.tr("MSPA of %d x %d pixels needs about {need:.1f} GB, but {free:.1f} "
                               "GB are free; split the map into tiles with overlap or coarsen it.")
                       % (src.height, src.width))
        values = src.band.ReadAsArray()
        data = M.map_input(values, fg, missing, src.nodata)
        progress.step(self.tr("Read %d x %d pixels.") % data.shape)
        transition = self.parameterAsBoolean(parameters, "TRANSITION", context)
        result = M.mspa(data, self.parameterAsInt(parameters, "EDGE_WIDTH", context),
                        4 if self.parameterAsEnum(parameters, "CONNECTIVITY", context) else 8,
                        transition, self.parameterAsBoolean(parameters, "INTEXT", context))
        progress.step()
        out = self.raster_out(parameters, "OUTPUT", context, src, np.uint8, None)
        colours = M.colour_table(transition)
        table = gdal.ColorTable()
        for value, rgb in colours.items():
            table.SetColorEntry(int(value), tuple(rgb) + (255,))
        out.band.SetRasterColorTable(table)
        out.band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
        out.write_all(result)
        stats = M.class_statistics(result)
        present = [v for v, *_ in stats]
        # class names in the interface's language, in the legend and the table
        style = paletted_style([(v, self.tr(M.CLASS_NAMES[v]), "#%02x%02x%02x" % colours[v])
                                for v in present])
        path = self.commit_raster(out, style)
        gt = src.ds.GetGeoTransform()
        cell = abs(gt[1] * gt[5])
        dest = self.write_table(parameters, "OUTPUT_STATS", context, [
            ("class", [v for v, *_ in stats], FieldType.Int),
            ("name", [self.tr(n) for _, n, _, _ in stats], FieldType.String),
            ("pixels", [p for _, _, p, _ in stats], FieldType.Int),
            ("area", [p * cell for _, _, p, _ in stats], FieldType.Double),
            ("share", [s for *_, s in stats], FieldType.Double)])
        core = sum(p for v, _, p, _ in stats if v in (17, 117))
        progress.step(self.tr("Core: %d pixels (%.4g map units squared).") % (core, core * cell))
        return {"OUTPUT": path, "OUTPUT_STATS": dest}
