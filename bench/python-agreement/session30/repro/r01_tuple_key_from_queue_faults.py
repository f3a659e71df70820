# A queue item that is a tuple, used as a dict key: CPython takes it; weft imports the program and then
# faults in every run ("a tuple as a key of map `results` ... weft does not yet"), so its one outcome is a
# fault and CPython's state is missed. (From session30/q02: `results[job] = value`.) The import refuses a
# tuple display as a key at its line (session30/a06); a name holding a tuple is let through.
import queue
import threading

tasks = queue.Queue()
results = {}


def worker():
    job = tasks.get()
    results[job] = job[1] * 2


tasks.put(("double", 4))
t = threading.Thread(target=worker)
t.start()
t.join()
size = len(results)
print(size, results)
