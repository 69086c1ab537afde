"""The plugin's translatable strings, and the .ts file that holds their translations.

`make ts` (run after changing strings) rewrites i18n/ecosecurity_<locale>.ts: every string
the plugin shows, with the translations it already had; new strings are marked unfinished.
`make translations` compiles the .ts into resources/i18n/*.qm with Qt's lrelease. The test
test_translation.py fails while a string lacks a finished translation.

Strings are found two ways:
- at run time, by a translator that records every string the tools ask QGIS to translate
  while the provider is built and each tool's name, group and help are read (labels,
  choices, help texts, workflow names, inputs and outputs: these are not literals inside
  tr() calls, so no source scanner could find them);
- in the source, every literal passed to tr(...) or QCoreApplication.translate(
  "EcoSecurity", ...) (messages of code paths a run-time pass does not reach), and the
  literal first argument of every call of an EcoError subclass or of Phrase (the English
  templates that pure modules raise, algorithms/errors.py; adjacent literals are one).

How pure modules (no Qt) make their texts translatable, one way each:
- errors: raise XError("English {template}", name=value); the tool's base translates the
  template, then fills in the values; a value that is English words itself is a Phrase;
- texts they write (HTML reports, plot titles): the function takes a `tr` argument (a text
  -> text function, default str, i.e. English) and writes tr("literal"); the tool passes
  its self.tr. The literals inside tr(...) are collected like the tools' own;
- texts they return (warnings, unit-root verdicts written into outputs): Phrases (a long
  list: Listing), English as str(); the tool shows errors.rendered(value, self.tr).
"""
import ast
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CONTEXT = "EcoSecurity"


def _plugin_trees():
    files = [os.path.join(REPO, "plugin.py")]
    for root, _, names in os.walk(os.path.join(REPO, "algorithms")):
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    for path in sorted(files):
        with open(path, encoding="utf-8") as f:
            yield path, ast.parse(f.read(), path)


def _called_name(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""


def eco_error_classes(trees=None):
    """Names of the plugin's EcoError classes (EcoError and the classes derived from it)."""
    bases = {}
    for _, tree in trees or _plugin_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.attr if isinstance(b, ast.Attribute) else
                                    getattr(b, "id", "") for b in node.bases}
    found = {"EcoError"}
    while True:
        more = {name for name, b in bases.items() if name not in found and b & found}
        if not more:
            return found
        found |= more


def source_strings():
    """Literal strings given to tr() or translate("EcoSecurity", ...) in the plugin code,
    and the message templates of its EcoErrors and Phrases."""
    found = []
    trees = list(_plugin_trees())
    templates = eco_error_classes(trees) | {"Phrase"}
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called_name(node)
            args = node.args
            if name == "translate" and len(args) >= 2 and isinstance(args[0], ast.Constant) \
                    and args[0].value == CONTEXT:
                args = args[1:]
            elif name != "tr" and name not in templates:
                continue
            if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.append(args[0].value)
    return found


def runtime_strings(plugins_dir):
    """Every string the provider's tools ask to translate while they are built and shown."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    seen = []

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == CONTEXT and source and source not in seen:
                seen.append(source)
            return None  # a null string: no translation (an empty one would replace it)

        def isEmpty(self):  # noqa: N802 - Qt's name; an empty translator is skipped
            return False

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, plugins_dir)
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    provider.longName()
    for alg in provider.algorithms():
        instance = alg.create()
        for a in (alg, instance):
            a.displayName()
            a.group()
            a.shortHelpString()
    QgsApplication.processingRegistry().removeProvider(provider)
    QCoreApplication.removeTranslator(recorder)
    return seen


def output_labels(plugins_dir):
    """Class labels that the tools write into their outputs in the interface's language
    (the ten coordination grades, the MSPA class names, Omniscape's flow classes), and the
    headings of tables the tools translate where they write them (the network report's
    maps)."""
    sys.path.insert(0, plugins_dir)
    from ecosecurity.algorithms.coupling import coordination
    from ecosecurity.algorithms.sources import mspa
    from ecosecurity.algorithms.corridors.tools import networkreport, omniscape
    return list(coordination.TEN_LEVEL_LABELS) + [
        mspa.CLASS_NAMES[v] for v in sorted(mspa.CLASS_NAMES)] + [
        title for title, *_ in networkreport.MAPS] + [
        label for _, label, _ in omniscape.FLOW_CLASSES]


def all_strings(plugins_dir):
    out = []
    for s in runtime_strings(plugins_dir) + output_labels(plugins_dir) + source_strings():
        if s not in out:
            out.append(s)
    return out


def read_ts(path):
    """{source: (translation, finished)} of a .ts file (empty if it does not exist)."""
    if not os.path.exists(path):
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        text = tr.text or "" if tr is not None else ""
        finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete",
                                                             "vanished") and bool(text)
        out[source] = (text, finished)
    return out


def write_ts(path, language, strings, known):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for s in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = s
        text, finished = known.get(s, ("", False))
        tr = ET.SubElement(message, "translation")
        tr.text = text
        if not finished:
            tr.set("type", "unfinished")
    ET.indent(root)
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="utf-8"))
        f.write(b"\n")


PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[-+ 0#]*\d*(?:\.\d+)?[sdrfgexXi%]|\{[^{}]*\}")


def placeholders(text):
    """The format placeholders of a string in order (%s, %.1f, {name}, ...): a translation
    must keep them, and %-placeholders in the same order."""
    found = PLACEHOLDER.findall(text)
    return [p for p in found if p.startswith("%")], sorted(p for p in found if p[0] == "{")


def check(plugins_dir, locales):
    """Exit 1, listing them, when a string of the plugin lacks a finished translation or a
    translation changes its placeholders."""
    strings = all_strings(plugins_dir)
    bad = 0
    for locale in locales:
        known = read_ts(os.path.join(HERE, "ecosecurity_%s.ts" % locale))
        for s in strings:
            text, finished = known.get(s, ("", False))
            if not finished:
                bad += 1
                print("%s: no finished translation of %r" % (locale, s[:100]))
            elif placeholders(s) != placeholders(text):
                bad += 1
                print("%s: the translation of %r changes its placeholders %s to %s"
                      % (locale, s[:60], placeholders(s), placeholders(text)))
    print("checked %d strings in %d locale(s): %d missing" % (len(strings), len(locales), bad))
    return 1 if bad else 0


def main():
    if sys.argv[1] == "--check":
        raise SystemExit(check(sys.argv[2], sys.argv[3:] or ["zh_CN"]))
    plugins_dir, locales = sys.argv[1], sys.argv[2:] or ["zh_CN"]
    strings = all_strings(plugins_dir)
    for locale in locales:
        path = os.path.join(HERE, "ecosecurity_%s.ts" % locale)
        known = read_ts(path)
        write_ts(path, locale, strings, known)
        missing = [s for s in strings if not known.get(s, ("", False))[1]]
        print("%s: %d strings, %d without a finished translation" % (path, len(strings),
                                                                     len(missing)))


if __name__ == "__main__":
    main()
