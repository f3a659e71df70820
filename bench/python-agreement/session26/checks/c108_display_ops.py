import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, s: str) -> None:
    with lock:
        out[f"{key}_02"] = {a: 1, b: 2}[b]
        out[f"{key}_03"] = {"x": a, "y": b}[s]
        out[f"{key}_09"] = len([a, b, a])
        out[f"{key}_12"] = (a, b, a).count(a)
        out[f"{key}_17"] = int(s in ("x",))
        out[f"{key}_18"] = int(s in ["x"])
        out[f"{key}_19"] = int(s not in ("x", "z"))
        out[f"{key}_20"] = {a: "p", b: "q"}[a]


threads = [threading.Thread(target=compute, args=a) for a in [(1, 3, 3, "x"), (2, 1, 2, "y")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
