# `in` on tuple and list displays that hold tuples and floats, with keys known only at run time (session
# 26's t07 form): pairs read from shared globals, a float item beside integers, `not in`, strings and
# None inside the tuples, a one-item display, and keys that are no tuple.
import threading

x = 0
y = 0
hits: dict[str, int] = {}
lock = threading.Lock()


def check(name: str, scale: int) -> None:
    pair = (x, y)
    labelled = (name * (x + 1), None)
    with lock:
        hits[name + "_pair"] = int(pair in ((0, 0), (1, -1)))
        hits[name + "_not"] = int(pair not in [(1, -1), (2, 2)])
        hits[name + "_float"] = int(scale / 2 in (0.5, 1, 2.0))
        hits[name + "_labelled"] = int(labelled in (("a", None), ("b", 0)))
        hits[name + "_one"] = int(pair in ((1, -1),))
        hits[name + "_number"] = int(scale in ((1, 1), 3))


def move() -> None:
    global x, y
    x = 1
    y = -1


threads = [
    threading.Thread(target=check, args=("a", 1)),
    threading.Thread(target=move),
    threading.Thread(target=check, args=("b", 3)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(hits.items()))
