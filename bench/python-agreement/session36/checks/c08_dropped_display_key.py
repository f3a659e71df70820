"""A dropped call: `return {"a": 1, "b": 2}[key]` with a missing key."""
import threading

caught = []
done = []


def code_of(key):
    return {"a": 1, "b": 2}[key]


def worker(key):
    try:
        code_of(key)
        done.append(key)
    except KeyError:
        caught.append(key)


threads = [threading.Thread(target=worker, args=(k,)) for k in ("a", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(caught), sorted(done))
