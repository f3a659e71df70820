import threading

pending = {"x": 1, "y": 2}
taken = []
empty = []


def drain():
    try:
        key, value = pending.popitem()
        taken.append(key)
    except KeyError:
        empty.append(1)


threads = [threading.Thread(target=drain) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken), len(empty), pending)
