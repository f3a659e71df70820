# BUG: lost update: each client gathers its answers in a list of its own and stores it under its name, but the shared call counter is bumped without a lock
import threading
import time

results = {}
calls = 0


def lookup(key):
    global calls
    seen = calls
    time.sleep(0.001)  # a round trip
    calls = seen + 1
    return key * key


def client(name, keys):
    got = []
    for key in keys:
        got.append(lookup(key))
    results[name] = got


threads = [threading.Thread(target=client, args=(n, ks)) for n, ks in [("a", [1, 2]), ("b", [3])]]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("answers:", sum(len(results[n]) for n in ["a", "b"]), "calls:", calls, "b:", results["b"])
