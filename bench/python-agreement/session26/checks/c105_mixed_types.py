import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, s: str, n, f: float, h: float) -> None:
    with lock:
        out[f"{key}_00"] = int(s == a)
        out[f"{key}_01"] = int(n == 0)
        out[f"{key}_02"] = int(n == None)
        out[f"{key}_03"] = int(a in [True])
        out[f"{key}_04"] = int(a == True)
        out[f"{key}_05"] = int(s == False)
        out[f"{key}_06"] = int(a == f)
        out[f"{key}_08"] = str(f)
        out[f"{key}_09"] = f"{f}"
        out[f"{key}_10"] = str(f / 3)
        out[f"{key}_11"] = round(h)
        out[f"{key}_13"] = int(h * 2) % 3
        out[f"{key}_14"] = f + h
        out[f"{key}_15"] = str(f + h)
        out[f"{key}_16"] = int(f == 1)
        out[f"{key}_17"] = f"{h:.1f}"
        out[f"{key}_18"] = f"{f:g}"
        out[f"{key}_20"] = int(f > h)
        out[f"{key}_21"] = max(f, h)
        out[f"{key}_22"] = str(min(f, a))
        out[f"{key}_23"] = int(n is None)
        out[f"{key}_24"] = str(n)


threads = [threading.Thread(target=compute, args=a) for a in [(1, 1, "1", None, 1.0, 0.5), (2, 0, "", 0, 1e16, 2.5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
