# bug: the cache check and the cache fill are not atomic, so the expensive lookup runs twice
import threading
import time

cache = {}
lookups = 0


def expensive_lookup(key):
    global lookups
    lookups += 1
    time.sleep(0.005)  # database round trip
    return len(key) * 10


def get_user_score(key):
    if key not in cache:
        cache[key] = expensive_lookup(key)
    return cache[key]


scores = []
def request():
    scores.append(get_user_score("bob"))


threads = [threading.Thread(target=request) for _ in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("lookups:", lookups, "scores:", scores)
assert lookups == 1, "cache stampede"
