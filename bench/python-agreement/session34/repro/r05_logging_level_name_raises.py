# SILENT (kept call): weft-start keeps `logging.basicConfig(level="info")` as a call with its cost; explore:
# 1 outcome `handled=[1]`, "complete: these are all the outcomes". CPython 3.11: the call raises
# ValueError("Unknown level: 'info'") (level names are upper case), the thread dies, handled=[] on every run.
# The same for `logging.getLogger("worker").setLevel("debug")`, `logger.setLevel("verbose")`,
# `logging.disable("x")`. The family of session 33's r10 (hashlib of a str, random.seed([1]),
# sys.setswitchinterval(0)), with logging's level arguments; `random.seed([1])` still the same.
# Where: crates/pyimport/src/translate/unmodelled_call_statements.rs keeps every `logging.` callee
# (HARMLESS_MODULES: "logging reports its own formatting errors instead of raising" - true of a
# record's formatting, not of level names, `basicConfig(filename=...)` of a missing directory
# (FileNotFoundError) or `logging.config.dictConfig` of a bad dict).
import logging
import threading

handled = []


def worker(name):
    logging.basicConfig(level="info")
    handled.append(1)


t = threading.Thread(target=worker, args=("abc",))
t.start()
t.join()
print(handled)
