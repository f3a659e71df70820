import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int) -> None:
    with lock:
        out[f"{key}_00"] = sum([a if a > 2 else 0, b])
        out[f"{key}_01"] = sum([a or b, 10])
        out[f"{key}_03"] = sum([a - b, 1])
        out[f"{key}_04"] = sum([a, -b])
        out[f"{key}_05"] = max([a > 1, b])
        out[f"{key}_06"] = min([a - 1, b])
        out[f"{key}_07"] = len([a > 1, b])
        out[f"{key}_08"] = sum([a, b]) * 2
        out[f"{key}_09"] = sum([a, b]) - sum([b, a])


threads = [threading.Thread(target=compute, args=a) for a in [(1, 5, 3), (2, 0, 7)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
