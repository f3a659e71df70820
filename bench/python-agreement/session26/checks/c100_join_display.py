import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, s: str, t: str, c: int) -> None:
    with lock:
        out[f"{key}_00"] = " ".join([s, t if c else "no"])
        out[f"{key}_01"] = "".join([s or "e", t])
        out[f"{key}_02"] = "-".join([t, s if c else t])
        out[f"{key}_03"] = "{}|{}".format(s, t if c else "z")
        out[f"{key}_04"] = "%s/%s" % (s, t if c else "z")
        out[f"{key}_05"] = s + (t if c else "w")
        out[f"{key}_06"] = (s or "q") + t
        out[f"{key}_07"] = f"{s}{t if c else 0}"
        out[f"{key}_08"] = "<" + s + ">" if c else "none"
        out[f"{key}_09"] = str(c) + s if s else t


threads = [threading.Thread(target=compute, args=a) for a in [(1, "ab", "cd", 0), (2, "", "x", 1)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
