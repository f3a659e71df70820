# items(), keys() and values() of module dicts nobody writes (session18/m03's form): in a comprehension
# of threads, a thread's own loop, a dict comprehension, sum over a view and a loop over sorted(d.items()).
# CPython 3.11.7 (10 runs): ok, totals={'apple': 6, 'pear': 5}, names=['apple', 'pear', 'apple:2', 'pear:1'], weight=3 (1 state).
# Under weft explore: 1 outcome, complete, CPython's. Refused before session 19 at `PRICES.items()`.
import threading

PRICES = {"apple": 3, "pear": 5}
WEIGHTS = {"apple": 2, "pear": 1}
ORDER = {"pear": 1, "apple": 2}
totals = {}
names = []
lock = threading.Lock()


def price(name, unit):
    with lock:
        totals[name] = unit * WEIGHTS[name]


def list_names():
    for key in PRICES.keys():
        with lock:
            names.append(key)
    for key, rank in sorted(ORDER.items()):
        with lock:
            names.append(f"{key}:{rank}")


if __name__ == "__main__":
    doubled = {k: v * 2 for k, v in PRICES.items()}
    threads = [threading.Thread(target=price, args=(name, unit)) for name, unit in PRICES.items()]
    threads.append(threading.Thread(target=list_names))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    weight = sum(w for w in WEIGHTS.values())
    assert totals == {"apple": 6, "pear": 5}
    assert doubled["pear"] == 10 and weight == 3
    assert names == ["apple", "pear", "apple:2", "pear:1"]
