import threading

seen: list[int] = []
lock = threading.Lock()


def record(value: int) -> None:
    with lock:
        seen.append(value)


threads = [threading.Thread(target=lambda: record(i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(seen)
print(seen, total)
