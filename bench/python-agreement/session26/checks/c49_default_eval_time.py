import threading

LIMIT = 2
taken: list[int] = []
lock = threading.Lock()


def take(n: int, limit: int = LIMIT) -> None:
    with lock:
        taken.append(min(n, limit))


LIMIT = 10
threads = [threading.Thread(target=take, args=(n,)) for n in (1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(taken)
print(total)
