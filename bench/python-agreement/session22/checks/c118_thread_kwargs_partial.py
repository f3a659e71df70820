import functools
import queue
import threading

out = []
sq = queue.Queue()


def greet(name, punct="!", times=1):
    out.append(f"{name}{punct * times}")


threads = [
    threading.Thread(target=greet, kwargs={"name": "ann", "times": 2}),
    threading.Thread(target=functools.partial(greet, "bob", "?")),
    threading.Thread(target=greet, args=("cy",), kwargs={"punct": "."}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.sort()
sq.put(len(out))
count = sq.get()
print(out, count)
