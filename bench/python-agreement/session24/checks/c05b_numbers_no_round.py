import threading

out = {}


def compute():
    out["floordiv"] = -7 // 2
    out["mod"] = -7 % 3
    out["text"] = f"{3.14159:.2f}|{42:05d}|{'ab':>4}|{1/3}"
    out["joined"] = "-".join(str(n) for n in range(3))
    out["split"] = len("a,b,,c".split(","))
    out["power"] = 2 ** 10 - 3 ** 4
    out["abs_min"] = abs(min(-4, 3, -9))


t = threading.Thread(target=compute)
t.start()
t.join()
print(out)
