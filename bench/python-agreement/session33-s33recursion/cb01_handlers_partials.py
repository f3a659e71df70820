# Callbacks registered with append (partials, lambdas with defaults, a closure factory), then fired by two threads
import functools
import threading

lock = threading.Lock()
totals = {"a": 0, "b": 0}
handlers = []


def add(key, amount):
    with lock:
        totals[key] += amount


def make_doubler(key, amount):
    def doubled():
        add(key, 2 * amount)
    return doubled


handlers.append(functools.partial(add, "a", 1))
for n in range(2, 4):
    handlers.append(lambda n=n: add("b", n))
handlers.append(make_doubler("a", 5))


def fire():
    for h in handlers:
        h()


threads = [threading.Thread(target=fire) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("handlers:", len(handlers), "totals:", totals)
