import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, c: int) -> None:
    with lock:
        out[f"{key}_00"] = max([a if c else b, 4])
        out[f"{key}_01"] = min([a if c else b, 4])
        out[f"{key}_02"] = max([not a, b])
        out[f"{key}_03"] = max([a > b, c])
        out[f"{key}_04"] = min([a, b > 4])
        out[f"{key}_05"] = max(a if c else b, 4)
        out[f"{key}_06"] = min(not a, b)
        out[f"{key}_07"] = max(a > b, c)
        out[f"{key}_08"] = max([a, b]) + min([a, b])
        out[f"{key}_09"] = max([a - b, b - a])
        out[f"{key}_10"] = max([a or 2, b and 3])
        out[f"{key}_12"] = abs(a if c else b)
        out[f"{key}_13"] = len(str(a if c else b))
        out[f"{key}_14"] = str(a if c else b)
        out[f"{key}_15"] = int(a if c else b)
        out[f"{key}_16"] = round(a if c else b)
        out[f"{key}_17"] = float(a if c else b)


threads = [threading.Thread(target=compute, args=a) for a in [(1, 5, 3, 0), (2, -2, 7, 1)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
