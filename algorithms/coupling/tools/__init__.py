"""Processing tools of the coupling-coordination workflow: indicators -> composite indices
-> coupling coordination -> graded map."""
import re
from collections import Counter

import numpy as np
from qgis.core import (QgsFeature, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ...tools.compat import FieldType, parameter_as_fields
from ...base import (EcoAlgorithm, Progress, categorized_style, field_for, help_html, to_attr,
                     tr)
from ...classify import breaks as B
from ...classify.palette import ramp
from .. import coordination as CC
from .. import indicators as IND
from .. import join as J

GROUP, GROUP_ID = "Coupling coordination", "coupling"


def _fields_param(name, text, optional=False):
    return QgsProcessingParameterField(name, text, parentLayerParameterName="INPUT",
                                       allowMultiple=True, optional=optional)


def _new_fields_free(table, names, parameter):
    clash = [n for n in names if table.fields.lookupField(n) >= 0]
    if clash:
        raise QgsProcessingException(
            tr("Layer '%s' already has the field(s) %s that this tool writes; choose another %s "
               "or drop those fields first.") % (table.name, ", ".join(clash), parameter))


def _copy_with(table, fields, extra_columns):
    """Output features: each input row (geometry and attributes) plus new values."""
    feats = []
    for i, f in enumerate(table.features):
        out = QgsFeature(fields)
        out.setGeometry(f.geometry())
        out.setAttributes(f.attributes() + [to_attr(col[i]) for col in extra_columns])
        feats.append(out)
    return feats


class CompositeIndex(EcoAlgorithm):
    ID = "compositeindex"
    TITLE = "Composite index (entropy weights)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "compositeindex.svg"
    TAGS = "entropy weight,TOPSIS,evaluation,indicator,standardisation,comprehensive index"
    HELP = help_html(
        "Builds a composite index U of one system (e.g. ecological security or rural "
        "revitalisation) from its indicators: standardises them, weights them (entropy, equal "
        "or given weights) and sums. By default one weight vector is computed over all rows "
        "pooled (regions x years, the panel entropy method), so scores compare across years; "
        "with GROUP_FIELD (e.g. year) scaling and weights are computed within each group.",
        "min-max z = (x - min)/(max - min), negative indicators (max - x)/(max - min); "
        "shifted z = 0.1 + 0.9 (x - min)/(max - min); p_ij = z_ij / sum_i z_ij; "
        "e_j = -(1/ln m) sum_i p_ij ln p_ij with 0 ln 0 = 0; w_j = (1 - e_j) / sum_k (1 - e_k); "
        "U_i = sum_j w_j z_ij. A criterion's sub-index sums w_j z_ij over its indicators, so "
        "the sub-indices add up to U. A constant indicator carries no information: it gets "
        "weight 0 and a warning.",
        [("INPUT", "Table or layer with one row per region (and year); a CSV is fine."),
         ("POSITIVE_FIELDS", "Indicators where larger is better."),
         ("NEGATIVE_FIELDS", "Indicators where larger is worse (reversed by the scaling)."),
         ("SCALING", "How indicators are put on one scale. The shifted min-max keeps every z > 0 "
          "(the entropy needs no log of 0); with none, values must already be "
          "standardised and negative indicators need scaling."),
         ("WEIGHTING", "Entropy weights, equal weights, or the weights given in GIVEN_WEIGHTS."),
         ("GIVEN_WEIGHTS", "'field=weight,...' for every indicator; normalised to sum 1."),
         ("GROUP_FIELD", "Optional: scale and weigh within each group (e.g. each year)."),
         ("CRITERIA", "Optional criterion layers, e.g. 'Pressure: X1,X2; State: X6,X7'; "
          "each adds a field <INDEX_FIELD>_<name>."),
         ("INDEX_FIELD", "Name of the index field (default U).")],
        [("OUTPUT", "The input rows with the index and sub-indices."),
         ("OUTPUT_WEIGHTS", "indicator, direction, criterion, entropy e, divergence 1 - e, "
          "weight (per group when GROUP_FIELD is set).")],
        ["Shannon, C. E. (1948). A mathematical theory of communication. Bell System "
         "Technical Journal 27, 379-423.",
         "Zou, Z., Yun, Y. and Sun, J. (2006). Entropy method for determination of weight of "
         "evaluating indicators in fuzzy synthetic evaluation for water quality assessment. "
         "Journal of Environmental Sciences 18(5), 1020-1023."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", "Indicator table", [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(_fields_param("POSITIVE_FIELDS", "Positive indicators", True))
        self.addParameter(_fields_param("NEGATIVE_FIELDS", "Negative indicators", True))
        self.addParameter(QgsProcessingParameterEnum(
            "SCALING", "Standardisation", options=IND.SCALING_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "WEIGHTING", "Weighting", options=IND.WEIGHTING_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "GIVEN_WEIGHTS", "Given weights (field=weight, ...)", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELD", "Weights per group (e.g. year; empty = pooled panel weights)",
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "CRITERIA", "Criterion layers ('Name: field, field; Name: field')", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "INDEX_FIELD", "Index field name", defaultValue="U"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Composite index"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_WEIGHTS", "Indicator weights", QgsProcessing.SourceType.TypeVector))
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        pos = parameter_as_fields(self, parameters, "POSITIVE_FIELDS", context)
        neg = parameter_as_fields(self, parameters, "NEGATIVE_FIELDS", context)
        names = pos + neg
        if not names:
            raise QgsProcessingException(self.tr("Choose at least one indicator in POSITIVE_FIELDS "
                                                 "or NEGATIVE_FIELDS."))
        twice = sorted(set(pos) & set(neg))
        if twice:
            raise QgsProcessingException(self.tr("%s cannot be both a positive and a negative "
                                                 "indicator.") % ", ".join(twice))
        scaling = self.parameterAsEnum(parameters, "SCALING", context)
        if scaling == IND.NO_SCALING and neg:
            raise QgsProcessingException(
                self.tr("SCALING 'none' takes values as already standardised, so the negative "
                        "indicators %s cannot be reversed; use SCALING 0 or 1, or reverse them "
                        "first.")
                % ", ".join(neg))
        weighting = self.parameterAsEnum(parameters, "WEIGHTING", context)
        given = None
        if weighting == IND.GIVEN:
            given = IND.parse_given_weights(
                self.parameterAsString(parameters, "GIVEN_WEIGHTS", context), names)
        criteria = IND.parse_criteria(self.parameterAsString(parameters, "CRITERIA", context),
                                      names)
        index_field = self.parameterAsString(parameters, "INDEX_FIELD", context).strip()
        if not index_field:
            raise QgsProcessingException(self.tr("INDEX_FIELD must not be empty."))
        sub_names = ["%s_%s" % (index_field, re.sub(r"\W+", "_", c).strip("_"))
                     for c, _ in criteria]
        group_field = self.parameterAsString(parameters, "GROUP_FIELD", context)

        table = self.table(parameters, "INPUT", context)
        _new_fields_free(table, [index_field] + sub_names, "INDEX_FIELD")
        X = table.matrix(names)
        groups = table.keys(group_field) if group_field else None
        if X.shape[0] < 2:
            raise QgsProcessingException(self.tr("Layer '%s' has %d row(s); a composite index "
                                                 "needs at least two.") % (table.name, X.shape[0]))
        progress.step(self.tr("Read %d rows x %d indicators from '%s'.") % (X.shape[0], len(names),
                                                                  table.name))
        positive = np.array([True] * len(pos) + [False] * len(neg))
        res = IND.composite(X, positive, scaling, weighting, given, groups, criteria)
        for g, label in enumerate(res["group_labels"]):
            const = [names[j] for j in np.nonzero(res["constant"][g])[0]]
            if const:
                where = "" if label is None else " in group %s" % label
                feedback.pushWarning(self.tr("Constant indicator(s)%s carry no information and get "
                                             "weight 0: %s.") % (where, ", ".join(const)))
        progress.step()

        fields = QgsFields(table.fields)
        for name in [index_field] + sub_names:
            fields.append(field_for(name))
        sink, dest = self.sink(parameters, "OUTPUT", context, fields, table.source.wkbType(),
                               table.source.sourceCrs())
        cols = [res["index"]] + [res["sub"][c] for c, _ in criteria]
        self.write_features(sink, _copy_with(table, fields, cols), progress)
        dest_w = self.write_table(parameters, "OUTPUT_WEIGHTS", context,
                                  self._weight_columns(res, names, positive, criteria,
                                                       group_field))
        progress.step()
        return {"OUTPUT": dest, "OUTPUT_WEIGHTS": dest_w}

    @staticmethod
    def _weight_columns(res, names, positive, criteria, group_field):
        crit_of = {j: c for c, cols in criteria for j in cols}
        rows = [(g, j) for g in range(len(res["group_labels"])) for j in range(len(names))]
        cols = []
        if group_field:
            cols.append((group_field, [res["group_labels"][g] for g, _ in rows], FieldType.String))
        cols += [
            ("indicator", [names[j] for _, j in rows], FieldType.String),
            ("direction", ["positive" if positive[j] else "negative" for _, j in rows],
             FieldType.String),
            ("criterion", [crit_of.get(j) for _, j in rows], FieldType.String),
            ("entropy", [res["entropy"][g, j] for g, j in rows], FieldType.Double),
            ("divergence", [1.0 - res["entropy"][g, j] for g, j in rows], FieldType.Double),
            ("weight", [res["weights"][g, j] for g, j in rows], FieldType.Double)]
        return cols


def grade_style(level_field, labels):
    colours = ramp(len(labels))
    return categorized_style(level_field, [(i + 1, labels[i], colours[i])
                                           for i in range(len(labels))])


class CouplingCoordination(EcoAlgorithm):
    ID = "couplingcoordination"
    TITLE = "Coupling coordination degree"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "coupling.svg"
    TAGS = "coupling degree,coordination degree,CCD,C,T,D,interaction,harmony"
    ADVANCED = ("LAG_TOLERANCE",)
    HELP = help_html(
        "Coupling degree C, comprehensive development index T and coupling coordination "
        "degree D of two or more systems per row (region and year), graded into coordination "
        "levels. For two systems it also gives the relative development U1/U2 and names the "
        "lagging system.",
        "Classic: C = n [prod_i U_i / (sum_i U_i)^n]^(1/n) (two systems: 2 sqrt(U1 U2) / "
        "(U1 + U2)). Corrected (Wang et al. 2021): C = sqrt{[1 - sum_{i>j} |U_i - U_j| / "
        "sum_{m=1}^{n-1} m] [prod_i (U_i / max U)]^(1/(n-1))}. T = sum_i alpha_i U_i, "
        "D = sqrt(C T). Rows whose U are all 0 get C = 0. Lagging: U1/U2 < 1 - tolerance "
        "means the first system lags, > 1 + tolerance the second, otherwise synchronous.",
        [("INPUT", "Table with the system indices (e.g. the output of compositeindex)."),
         ("SYSTEM_FIELDS", "Two or more index fields, each in [0, 1]."),
         ("SYSTEM_WEIGHTS", "alpha_i, comma separated, summing to 1; default equal."),
         ("MODEL", "The classic model, or the corrected model of Wang et al. (2021), which "
          "keeps C spread over [0, 1]."),
         ("GRADES", "The ten-level table: [0,0.1) extreme imbalance, [0.1,0.2) severe "
          "imbalance, [0.2,0.3) moderate imbalance, [0.3,0.4) mild imbalance, [0.4,0.5) "
          "borderline coordination, [0.5,0.6) primary coordination, [0.6,0.7) mild "
          "coordination, [0.7,0.8) moderate coordination, [0.8,0.9) good coordination, "
          "[0.9,1] high coordination; or custom BREAKS and LABELS ([lower, upper) "
          "classes)."),
         ("LAG_TOLERANCE", "Band around U1/U2 = 1 counted as synchronous (default 0.1).")],
        [("OUTPUT", "The rows with C, T, D, D_LEVEL (1 = lowest), D_GRADE and, for two "
          "systems, REL_DEV = U1/U2 and LAGGING (the lagging system's field, or "
          "'synchronous'); styled by grade.")],
        ["Liao, C. (1999). Quantitative judgement and classification system for coordinated "
         "development of environment and economy. Tropical Geography 19(2), 171-177.",
         "Wang, S., Kong, W., Ren, L., Zhi, D. and Dai, B. (2021). Research on misuses and "
         "modification of coupling coordination degree model in China. Journal of Natural "
         "Resources 36(3), 793-810."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", "Table of system indices", [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(_fields_param("SYSTEM_FIELDS", "System index fields (2 or more)"))
        self.addParameter(QgsProcessingParameterString(
            "SYSTEM_WEIGHTS", "System weights alpha (comma separated; empty = equal)",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "MODEL", "Coupling model", options=CC.MODEL_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "GRADES", "Grades", options=["Ten-level table", "Custom breaks and labels"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "BREAKS", "Custom breaks of D (ascending)", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LABELS", "Custom grade labels", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "LAG_TOLERANCE", "Synchronous band around U1/U2 = 1",
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.1, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Coupling coordination"))
        self.add_encoding_parameter()

    def grades(self, parameters, context):
        if self.parameterAsEnum(parameters, "GRADES", context) == 0:
            # the grades written into D_GRADE are in the interface's language
            return CC.TEN_LEVEL_BREAKS, [self.tr(label) for label in CC.TEN_LEVEL_LABELS]
        edges = B.parse_breaks(self.parameterAsString(parameters, "BREAKS", context))
        labels = B.parse_labels(self.parameterAsString(parameters, "LABELS", context),
                                len(edges) - 1)
        return edges, labels

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        systems = parameter_as_fields(self, parameters, "SYSTEM_FIELDS", context)
        if len(systems) < 2:
            raise QgsProcessingException(self.tr("SYSTEM_FIELDS needs at least two index fields; "
                                                 "got %d (%s).")
                                         % (len(systems), ", ".join(systems)))
        text = self.parameterAsString(parameters, "SYSTEM_WEIGHTS", context)
        try:
            alpha = [float(a) for a in text.replace(";", ",").split(",") if a.strip()]
        except ValueError:
            raise QgsProcessingException(self.tr("SYSTEM_WEIGHTS must be numbers separated by "
                                                 "commas, got %r.") % text) from None
        alpha = CC.system_weights(alpha, len(systems))
        model = self.parameterAsEnum(parameters, "MODEL", context)
        edges, labels = self.grades(parameters, context)
        tol = self.parameterAsDouble(parameters, "LAG_TOLERANCE", context)

        table = self.table(parameters, "INPUT", context)
        new = ["C", "T", "D", "D_LEVEL", "D_GRADE"] + (["REL_DEV", "LAGGING"]
                                                      if len(systems) == 2 else [])
        _new_fields_free(table, new, "input (rename the old results)")
        U = table.matrix(systems)
        if U.shape[0] < 1:
            raise QgsProcessingException(self.tr("Layer '%s' has no rows.") % table.name)
        out_of_range = (U < 0) | (U > 1)
        if out_of_range.any():
            r, c = np.argwhere(out_of_range)[0]
            raise QgsProcessingException(
                self.tr("Index '%s' of layer '%s' is %g in row %d (id %d), outside [0, 1]; %d "
                        "value(s) are. Coupling needs standardised indices: build them with "
                        "compositeindex.")
                % (systems[c], table.name, U[r, c], r + 1, table.ids[r], out_of_range.sum()))
        progress.step(self.tr("Read %d rows of %d systems.") % U.shape)

        C, T, D = CC.coordination(U, alpha, model)
        level = B.assign_classes(D, edges, "left")
        zero = (U.sum(axis=1) == 0)
        if zero.any():
            feedback.pushWarning(self.tr("%d row(s) have every index 0; their C is set to 0.")
                                 % zero.sum())
        if (level == 0).any():
            feedback.pushWarning(self.tr("%d row(s) have D outside the grade table %g..%g and get "
                                         "no grade.") % ((level == 0).sum(), edges[0], edges[-1]))
        grade = [labels[c - 1] if c else None for c in level]
        cols = [C, T, D, [int(c) if c else None for c in level], grade]
        fields = QgsFields(table.fields)
        for name in ("C", "T", "D"):
            fields.append(field_for(name))
        fields.append(field_for("D_LEVEL", FieldType.Int))
        fields.append(field_for("D_GRADE", FieldType.String))
        if len(systems) == 2:
            ratio, lag = CC.relative_development(U[:, 0], U[:, 1], tol)
            names = ["synchronous", systems[0], systems[1]]
            cols += [ratio, [names[i] for i in lag]]
            fields.append(field_for("REL_DEV"))
            fields.append(field_for("LAGGING", FieldType.String))
        progress.step()

        sink, dest = self.sink(parameters, "OUTPUT", context, fields, table.source.wkbType(),
                               table.source.sourceCrs(), grade_style("D_LEVEL", labels))
        self.write_features(sink, _copy_with(table, fields, cols), progress)
        progress.step()
        return {"OUTPUT": dest}


class JoinGrades(EcoAlgorithm):
    ID = "joingrades"
    TITLE = "Join grades to regions (graded map)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "joingrades.svg"
    TAGS = "join,map,region,province,county,panel,wide,long,choropleth"
    ADVANCED = ("MATCH", "GRADE_FIELD", "LABEL_FIELD", "KEEP_UNMATCHED")
    HELP = help_html(
        "Joins a region (and year) table, such as the output of couplingcoordination, to "
        "region polygons by a key and styles the result by grade: the map coupling studies "
        "draw. Wide layout: one feature per region with a field per year (D_2010, D_2011, "
        "...), styled by the last year. Long layout: one feature per region and year, styled "
        "by grade, ready for the temporal controller or a filter per year. QGIS ships Natural "
        "Earth states and provinces in resources/data/world_map.gpkg (layer states_provinces, "
        "with the 31 Chinese provinces and the US states), a handy region layer.",
        None,
        [("INPUT", "Region (and year) table."), ("TABLE_KEY", "Region key in the table."),
         ("REGIONS", "Region polygons."), ("REGION_KEY", "Region key in the polygons."),
         ("TIME_FIELD", "Optional year field of a panel."),
         ("FIELDS", "Fields to carry; default every field but the keys."),
         ("LAYOUT", "Wide: one feature per region with a field per year; long: one feature per "
          "region and year."),
         ("MATCH", "Exact keys, or loose keys: case, spaces, underscores, hyphens and dots are "
          "ignored ('NEW_YORK' meets 'New York')."),
         ("GRADE_FIELD", "Field to style by (default D_LEVEL), with labels from LABEL_FIELD "
          "(default D_GRADE) when present."),
         ("KEEP_UNMATCHED", "Keep regions without data (with NULL values).")],
        [("OUTPUT", "Region polygons with the joined values, styled by grade. Table keys "
          "that meet no region are listed in the log.")],
        ["Natural Earth, public domain map data, naturalearthdata.com."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", "Region (and year) table", [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "TABLE_KEY", "Region key in the table", parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "REGIONS", "Region polygons", [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "REGION_KEY", "Region key in the polygons", parentLayerParameterName="REGIONS"))
        self.addParameter(QgsProcessingParameterField(
            "TIME_FIELD", "Time (year) field", parentLayerParameterName="INPUT", optional=True))
        self.addParameter(_fields_param("FIELDS", "Fields to join (empty = all)", True))
        self.addParameter(QgsProcessingParameterEnum(
            "LAYOUT", "Layout", options=["Wide: one feature per region, a field per year",
                                         "Long: one feature per region and year"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "MATCH", "Key matching", options=["Exact", "Ignore case, spaces, _ - ."],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterString(
            "GRADE_FIELD", "Grade field to style by", defaultValue="D_LEVEL", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LABEL_FIELD", "Grade label field", defaultValue="D_GRADE", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "KEEP_UNMATCHED", "Keep regions without data", defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Graded map", QgsProcessing.SourceType.TypeVectorPolygon))
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        regions = self.table(parameters, "REGIONS", context)
        key_field = self.parameterAsString(parameters, "TABLE_KEY", context)
        region_field = self.parameterAsString(parameters, "REGION_KEY", context)
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        wide = self.parameterAsEnum(parameters, "LAYOUT", context) == 0
        loose = self.parameterAsEnum(parameters, "MATCH", context) == 1
        keep_unmatched = self.parameterAsBoolean(parameters, "KEEP_UNMATCHED", context)
        carry = parameter_as_fields(self, parameters, "FIELDS", context) or [
            n for n in table.fields.names() if n not in (key_field, time_field)]
        for name in carry:
            table.field_index(name)
        grade_field = self.parameterAsString(parameters, "GRADE_FIELD", context).strip()
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context).strip()

        keys = table.keys(key_field)
        times = table.keys(time_field) if time_field else None
        index = J.index_rows(keys, times, loose)
        original = {J.normalise_key(k, loose): k for k in keys}
        region_keys = regions.keys(region_field, allow_empty=True)
        matched, unmatched = J.match_report(index, region_keys, loose)
        if not matched:
            raise QgsProcessingException(
                self.tr("No key of '%s' (e.g. %s) matches a '%s' of '%s' (e.g. %s). Check the key "
                        "fields, or set MATCH to loose.") % (
                    key_field, ", ".join(keys[:3]), region_field, regions.name,
                    ", ".join(k for k in region_keys[:5] if k)))
        counts = Counter(k for k in region_keys if k is not None)
        shared = sorted(k for k, n in counts.items()
                        if n > 1 and J.normalise_key(k, loose) in matched)
        if shared:
            feedback.pushWarning(self.tr("Several regions share the key(s) %s; each gets the same "
                                         "values.") % ", ".join(shared[:10]))
        if unmatched:
            feedback.pushWarning(self.tr("%d table key(s) match no region and are left out: %s.")
                                 % (len(unmatched), ", ".join(original[k] for k in unmatched)))
        progress.step(self.tr("%d of %d regions have data.")
                      % (len(matched), len(set(region_keys) - {None})))

        tlist = J.sort_times(times) if times is not None else [None]
        values = {name: table.raw(name) for name in carry}
        src_fields = [table.fields.at(table.field_index(n)) for n in carry]
        # a region's 'fid' would repeat once per year in the long layout, which a GeoPackage
        # refuses as its primary key: that field is left out there
        kept = [i for i, f in enumerate(regions.fields)
                if wide or not time_field or f.name().lower() != "fid"]
        fields = QgsFields()
        for i in kept:
            fields.append(regions.fields.at(i))
        renamed = []
        if wide and time_field:
            for f in src_fields:
                for t in tlist:
                    _append_unique(fields, f, J.wide_name(f.name(), t), renamed)
        else:
            if time_field:
                _append_unique(fields, table.fields.at(table.field_index(time_field)),
                               time_field, renamed)
            for f in src_fields:
                _append_unique(fields, f, f.name(), renamed)
        if renamed:
            feedback.pushWarning(self.tr("The region layer already has field(s) named like joined "
                                         "ones; renamed: %s.") % ", ".join(renamed))

        feats = []
        for reg, rkey in zip(regions.features, region_keys):
            rows = None if rkey is None else index.get(J.normalise_key(rkey, loose))
            if rows is None and not keep_unmatched:
                continue
            rows = rows or {}
            if wide or not time_field:
                attrs = [values[n][rows[t]] if t in rows else None
                         for n in carry for t in tlist] if time_field else \
                    [values[n][rows[None]] if None in rows else None for n in carry]
                feats.append(_feature(fields, reg, kept, attrs))
            else:
                for t in (tlist if rows else [None]):
                    if rows and t not in rows:
                        continue
                    attrs = [t] + [values[n][rows[t]] if rows else None for n in carry]
                    feats.append(_feature(fields, reg, kept, attrs))
        progress.step()

        style = self._style(table, grade_field, label_field, tlist, wide and bool(time_field))
        sink, dest = self.sink(parameters, "OUTPUT", context, fields, regions.source.wkbType(),
                               regions.source.sourceCrs(), style)
        self.write_features(sink, feats, progress)
        progress.step(self.tr("Wrote %d features.") % len(feats))
        return {"OUTPUT": dest}

    @staticmethod
    def _style(table, grade_field, label_field, tlist, wide):
        """Categories of the grade field with their labels, from the table's own values."""
        if not grade_field or table.fields.lookupField(grade_field) < 0:
            return None
        grades = table.raw(grade_field)
        labels = table.raw(label_field) if label_field and \
            table.fields.lookupField(label_field) >= 0 else grades
        pairs = {}
        for g, lbl in zip(grades, labels):
            if g is not None:
                pairs.setdefault(g, lbl)
        if not pairs:
            return None
        levels = sorted(pairs, key=lambda v: (float(v) if _is_number(v) else str(v)))
        target = J.wide_name(grade_field, tlist[-1]) if wide else grade_field
        if all(_is_number(v) and float(v).is_integer() and float(v) >= 1 for v in levels):
            # numbered grades keep their place on the full scale even when some are absent
            top = 10 if set(pairs.values()) <= set(CC.TEN_LEVEL_LABELS) else \
                int(max(float(v) for v in levels))
            colours = ramp(top)
            classes = [(v, pairs[v], colours[int(float(v)) - 1]) for v in levels]
        else:
            colours = ramp(len(levels))
            classes = [(v, pairs[v], c) for v, c in zip(levels, colours)]
        return categorized_style(target, classes)


def _is_number(v):
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False


def _append_unique(fields, field, name, renamed):
    """Append a copy of field as name, or name_2, name_3... if the name is taken."""
    final, n = name, 1
    while fields.lookupField(final) >= 0:
        n += 1
        final = "%s_%d" % (name, n)
    if final != name:
        renamed.append("%s -> %s" % (name, final))
    f = type(field)(field)
    f.setName(final)
    fields.append(f)


def _feature(fields, region, keep, extra):
    out = QgsFeature(fields)
    out.setGeometry(region.geometry())
    attrs = region.attributes()
    out.setAttributes([attrs[i] for i in keep] + list(extra))
    return out
