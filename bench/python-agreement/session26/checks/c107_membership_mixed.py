import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, s: str, n, b: int) -> None:
    with lock:
        out[f"{key}_00"] = int(n in [0, 1])
        out[f"{key}_01"] = int(n in (a, b))
        out[f"{key}_02"] = int(None in [n])
        out[f"{key}_03"] = int(s in ["", "x"])
        out[f"{key}_04"] = int(s in [a])
        out[f"{key}_07"] = int(a in [b, 2])
        out[f"{key}_08"] = int(b in range(a, 3))
        out[f"{key}_09"] = int(s in "abc1")
        out[f"{key}_10"] = int(n in [a])
        out[f"{key}_12"] = int(s in {"1": 0})
        out[f"{key}_13"] = int(True in [a])


threads = [threading.Thread(target=compute, args=a) for a in [(1, 0, "", None, 1), (2, 1, "1", 0, 0)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
