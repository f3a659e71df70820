import threading

order: list[str] = []
lock = threading.Lock()
PENDING = {"alpha", "beta", "gamma"}


def drain() -> None:
    for name in PENDING:
        with lock:
            order.append(name)


t = threading.Thread(target=drain)
t.start()
t.join()
first = order[0]
print(order)
