# A dependency graph of lists read with get(name, []) by two threads: a missing name gives the empty
# default; the result is kept in a name, measured and walked.
import threading

DEPS = {
    "app": ["db", "cache"],
    "db": ["disk"],
    "cache": [],
}
order = []
widths = {}
lock = threading.Lock()


def resolve(name):
    deps = DEPS.get(name, [])
    widths[name] = len(deps)
    for dep in deps:
        with lock:
            order.append(dep)
    for dep in DEPS.get(name + "-extra", []):
        order.append(dep)


workers = [threading.Thread(target=resolve, args=(n,)) for n in ("app", "db", "metrics")]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(order), sorted(widths.items()))
