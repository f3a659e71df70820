import threading
import time

cache = {"a": 1, "b": 2}
evicted = []


def evict_all():
    for key in list(cache.keys()):
        time.sleep(0)
        del cache[key]
        evicted.append(key)


def writer():
    cache["c"] = 3


threads = [threading.Thread(target=evict_all), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(cache), evicted)
