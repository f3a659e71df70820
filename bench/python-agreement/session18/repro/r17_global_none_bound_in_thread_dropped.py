# Silent error (weft-start 81fd411): lazy loading. A global that starts as None is bound to a list in one
# thread and tested (`is None`) in another. The loader's body imports as nothing (`ops: []`: the list
# becomes an object `config_2` that `config` never names), so weft says the reader always sees None and
# config ends as None: explore complete, one outcome seen='missing'; CPython: seen='loaded' in 10 of 10
# runs (the loader starts first). A list of tuples, `config = [(1, "fast"), ...]` then `config[0][1]`,
# the same (checks/probes/tuples y1). The same test in main after the join is refused ("this is a shared
# list, where weft needs an integer"), and rebinding a global that starts as a list is refused ("`batch` is
# bound again").
import threading

config = None
seen = ""


def loader():
    global config
    config = [1, 2]


def reader():
    global seen
    if config is None:
        seen = "missing"
    else:
        seen = "loaded"


a = threading.Thread(target=reader)
b = threading.Thread(target=loader)
b.start()
a.start()
a.join()
b.join()
