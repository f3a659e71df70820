import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, s: str) -> None:
    with lock:
        out[f"{key}_00"] = int(a in {a, b})
        out[f"{key}_04"] = int(s not in {"y"})


threads = [threading.Thread(target=compute, args=a) for a in [(1, 3, 3, "x"), (2, 1, 2, "y")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
