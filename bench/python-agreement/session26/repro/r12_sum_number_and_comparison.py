import threading

scores: dict[str, int] = {}
lock = threading.Lock()


def score(name: str, points: int, minutes: int) -> None:
    with lock:
        scores[name] = sum([points, minutes < 10])


threads = [threading.Thread(target=score, args=(n, p, m)) for n, p, m in [("fast", 7, 5), ("slow", 4, 30)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
fast = scores["fast"]
slow = scores["slow"]
print(fast, slow)
