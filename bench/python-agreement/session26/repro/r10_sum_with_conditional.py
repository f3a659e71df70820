import threading

totals: dict[str, int] = {}
lock = threading.Lock()


def bill(name: str, base: int, rush: int) -> None:
    with lock:
        totals[name] = sum([base, 10 if rush > 0 else 0])


threads = [threading.Thread(target=bill, args=(n, b, r)) for n, b, r in [("a", 30, 1), ("b", 20, 0)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
a = totals["a"]
b = totals["b"]
print(a, b)
