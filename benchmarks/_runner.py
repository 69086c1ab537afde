"""Runs one Processing algorithm in this fresh process and prints seconds and peak memory.

Usage: python _runner.py ALGORITHM_ID 'JSON parameters'. Each measured run gets its own
process so peak resident memory (ru_maxrss) belongs to that run alone.
"""
import json
import os
import resource
import sys
import time

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    alg_id, params = sys.argv[1], json.loads(sys.argv[2])
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, os.environ["ECOSECURITY_PLUGINS"])
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    from qgis import processing
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    processing.run(alg_id, params, context=QgsProcessingContext(),
                   feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024.0,
                      "baseline_mb": base / 1024.0}))


if __name__ == "__main__":
    main()
