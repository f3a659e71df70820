import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, s: str, t: str) -> None:
    with lock:
        out[f"{key}_04"] = float(a)
        out[f"{key}_07"] = chr(b + 65)
        out[f"{key}_08"] = f"{bool(a)}"
        out[f"{key}_11"] = int(s < t)
        out[f"{key}_12"] = max(s, t)
        out[f"{key}_13"] = min(s, t)
        out[f"{key}_16"] = ", ".join([s, t])
        out[f"{key}_17"] = "-".join(str(x) for x in (a, b))
        out[f"{key}_18"] = len([a, b] + [a])
        out[f"{key}_19"] = len([a] * 3)
        out[f"{key}_21"] = str((a, s))
        out[f"{key}_23"] = int(s == "10")
        out[f"{key}_24"] = int(str(a) in "5 -7")
        out[f"{key}_25"] = sorted([s, t])[0]
        out[f"{key}_26"] = int(a) // 2
        out[f"{key}_27"] = int(-a / 2)
        out[f"{key}_28"] = round(-a / 2)


threads = [threading.Thread(target=compute, args=a) for a in [(1, 5, 3, "10", "9"), (2, -7, 7, "b", "B")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
