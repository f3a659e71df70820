import threading

results: dict[str, int] = {}
lock = threading.Lock()


def compute(tag: str, a: int, b: int) -> None:
    with lock:
        results[tag + "_floordiv"] = a // b
        results[tag + "_mod"] = a % b
        results[tag + "_round"] = round(a / b)
        results[tag + "_int"] = int(a / b)
        results[tag + "_pow"] = a ** 2 - b ** 3


threads = [threading.Thread(target=compute, args=(t, a, b)) for t, a, b in [("p", 7, 2), ("n", -7, 2), ("m", 5, -3), ("h", 5, 2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
n_floordiv = results["n_floordiv"]
n_mod = results["n_mod"]
m_mod = results["m_mod"]
h_round = results["h_round"]
n_int = results["n_int"]
print(n_floordiv, n_mod, m_mod, h_round, n_int)
