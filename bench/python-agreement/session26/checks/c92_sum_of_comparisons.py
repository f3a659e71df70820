import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int) -> None:
    with lock:
        out[f"{key}_00"] = sum([a > 1, b])
        out[f"{key}_01"] = sum([a > 1])
        out[f"{key}_02"] = sum([b, a > 1])
        out[f"{key}_04"] = sum([bool(a), 2])
        out[f"{key}_05"] = sum([a, b > 4, 1])
        out[f"{key}_06"] = (a > 1) + b
        out[f"{key}_07"] = b + (a > 1)
        out[f"{key}_09"] = max(a > 1, b)
        out[f"{key}_10"] = min([a, b > 4])
        out[f"{key}_11"] = int(a > 1) * 10 + b


threads = [threading.Thread(target=compute, args=a) for a in [(1, 5, 3), (2, 0, 7)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
