import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, s: str, n, b: int) -> None:
    with lock:
        out[f"{key}_00"] = a or "default"
        out[f"{key}_01"] = s or "empty"
        out[f"{key}_02"] = a and 100 // a
        out[f"{key}_03"] = int(0 < a < 10)
        out[f"{key}_04"] = int(n is None)
        out[f"{key}_05"] = n if n is not None else -1
        out[f"{key}_06"] = True + a
        out[f"{key}_07"] = int(bool(s))
        out[f"{key}_08"] = str(bool(a))
        out[f"{key}_09"] = str(n)
        out[f"{key}_10"] = f"{n}"
        out[f"{key}_11"] = repr(s + "\x27q")
        out[f"{key}_12"] = str(a / 4)
        out[f"{key}_13"] = a / 4
        out[f"{key}_14"] = int(s < "h")
        out[f"{key}_15"] = min(s, "f")
        out[f"{key}_16"] = s * 0 + "x"
        out[f"{key}_17"] = str(a > b)
        out[f"{key}_18"] = a * 2 if s else b * 2
        out[f"{key}_19"] = not s
        out[f"{key}_20"] = abs(b) - a
        out[f"{key}_21"] = int(str(b) == "-2")
        out[f"{key}_22"] = len(str(a * 1000))
        out[f"{key}_23"] = str(-a // 3)
        out[f"{key}_24"] = f"{a / 3:.3f}"
        out[f"{key}_26"] = max(a, b) - min(a, b)
        out[f"{key}_27"] = [a, b][0]
        out[f"{key}_28"] = (a, s)[1]
        out[f"{key}_29"] = int(a in (0, 5))
        out[f"{key}_30"] = int(s in "going")
        out[f"{key}_31"] = s.join(["x", "y"])


threads = [threading.Thread(target=compute, args=a) for a in [(1, 0, "", None, 7), (2, 5, "go", 3, -2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
