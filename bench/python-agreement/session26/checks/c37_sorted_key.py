import threading

scores: dict[str, int] = {}
lock = threading.Lock()


def submit(name: str, points: int) -> None:
    with lock:
        scores[name] = scores.get(name, 0) + points


for name, pts in [("ann", 5), ("bob", 7), ("cy", 5), ("ann", 3)]:
    t = threading.Thread(target=submit, args=(name, pts))
    t.start()
    t.join()
ranking = sorted(scores, key=lambda n: (-scores[n], n))
leader = ranking[0]
last = ranking[-1]
board = ",".join(f"{n}:{scores[n]}" for n in ranking)
print(board)
