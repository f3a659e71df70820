import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, s: str, n, a: int, z: str) -> None:
    with lock:
        out[f"{key}_00"] = int(bool(s))
        out[f"{key}_01"] = int(bool(n))
        out[f"{key}_02"] = int(bool(a))
        out[f"{key}_03"] = int(bool(z))
        out[f"{key}_04"] = str(bool(s))
        out[f"{key}_05"] = bool(s)
        out[f"{key}_06"] = int(bool(s) and bool(a))
        out[f"{key}_07"] = int(not bool(s))
        out[f"{key}_08"] = int(bool(s.strip()))
        out[f"{key}_09"] = int(bool(s + z))
        out[f"{key}_10"] = int(bool(s) == True)
        out[f"{key}_13"] = int(bool(len(s)))
        out[f"{key}_14"] = bool(n)
        out[f"{key}_17"] = int(bool(s) != bool(z))


threads = [threading.Thread(target=compute, args=a) for a in [(1, "", None, 0, "0"), (2, "x", 4, 3, "")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
