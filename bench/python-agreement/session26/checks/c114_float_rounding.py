import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, x: float, y: float, z: float) -> None:
    with lock:
        out[f"{key}_00"] = round(x, 1)
        out[f"{key}_01"] = round(y, 2)
        out[f"{key}_02"] = round(z)
        out[f"{key}_03"] = round(-z)
        out[f"{key}_04"] = str(x)
        out[f"{key}_05"] = str(y)
        out[f"{key}_06"] = f"{y:.2f}"
        out[f"{key}_07"] = f"{x:.1f}"
        out[f"{key}_08"] = f"{z:.0f}"
        out[f"{key}_10"] = str(x * 3)
        out[f"{key}_11"] = str(y / 7)
        out[f"{key}_12"] = f"{y:e}"
        out[f"{key}_13"] = f"{x:%}"
        out[f"{key}_14"] = f"{y:,.1f}"
        out[f"{key}_15"] = str(x + y)
        out[f"{key}_16"] = int(x < y)
        out[f"{key}_17"] = str(abs(y))
        out[f"{key}_18"] = str(max(x, y))
        out[f"{key}_19"] = f"{z:g}"


threads = [threading.Thread(target=compute, args=a) for a in [(1, 0.25, 2.675, 2.5), (2, 0.35, -1.5, 0.5), (3, 1e-7, 1e22, 3.5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
