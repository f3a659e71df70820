"""`"-".join([str(n), "x"])` where `n = len(items)` (or `n = done.is_set()`): CPython gives '0-x'; every weft
run faults with "TypeError: can only join an iterable in `join('-', new_list(str(n), 'x'))`", and `weft
explore` says complete with that fault as the only outcome (a failure CPython cannot reach; its state is
missing). With `n = count` (a global int) or literals the same join is right. Same cause, same claim:
`[n, 3][0]` faults "TypeError: 'int' object is not subscriptable in `item(new_list(n, 3), 0)`" and
`",".join([str(n)])` faults as here; `len([n, 3])` faults too but honestly ("Python's, not weft's yet":
incomplete)."""
import threading

items = []
label = ""


def worker():
    global label
    n = len(items)
    label = "-".join([str(n), "x"])


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
