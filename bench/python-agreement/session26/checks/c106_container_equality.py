import threading

seen: dict[str, int] = {}
order: list[int] = []
out: dict[str, int] = {}
lock = threading.Lock()


def fill() -> None:
    with lock:
        seen["b"] = 2
        seen["a"] = 1
        order.append(2)
        order.append(1)


def check() -> None:
    with lock:
        out["list_eq"] = int(order == [2, 1])
        out["list_eq_sorted"] = int(order == [1, 2])


t = threading.Thread(target=fill)
t.start()
t.join()
c = threading.Thread(target=check)
c.start()
c.join()
n = len(out)
