import threading

scores: dict[str, int] = {}
lock = threading.Lock()
ranking: list[str] = []


def record(name: str, score: int) -> None:
    with lock:
        scores[name] = score


threads = [threading.Thread(target=record, args=a) for a in [("ann", 3), ("bob", 9), ("cy", 5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
ranking = sorted(scores, key=lambda n: scores[n], reverse=True)
best = ranking[0]
print(ranking)
assert ranking == ["bob", "cy", "ann"]
