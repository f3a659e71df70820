# A memoising cache guarded against stampedes: the first miss computes, the others wait on a per-key Event.
import threading

cache = {}
pending = {}
events = {"alpha": threading.Event(), "beta": threading.Event()}
guard = threading.Lock()
computations = 0
results = [0] * 4


def expensive(key):
    return len(key) * 7


def get(key):
    global computations
    with guard:
        if key in cache:
            return cache[key]
        owner = key not in pending
        event = events[key]
        if owner:
            pending[key] = event
    if owner:
        value = expensive(key)
        with guard:
            cache[key] = value
            computations += 1
            del pending[key]
        event.set()
        return value
    event.wait()
    return cache[key]


def client(slot, key):
    results[slot] = get(key)


keys = ["alpha", "alpha", "beta", "alpha"]
threads = [threading.Thread(target=client, args=(i, k)) for i, k in enumerate(keys)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results", results, "computations", computations)
