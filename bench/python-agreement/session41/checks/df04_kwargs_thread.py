# check: Thread kwargs= and keyword defaults
import threading

out = []


def report(name, level=1, sep="-"):
    out.append(f"{name}{sep}{level}")


threads = [
    threading.Thread(target=report, args=("a",)),
    threading.Thread(target=report, args=("b", 3)),
    threading.Thread(target=report, kwargs={"name": "c", "sep": "+"}),
    threading.Thread(target=report, args=("d",), kwargs={"level": 9}),
]
for t in threads:
    t.start()
    t.join()
print(out)
