import multiprocessing as mp


def record_scores(shared, lock, player, points):
    for p in points:
        with lock:
            shared[player] = shared.get(player, 0) + p


if __name__ == "__main__":
    with mp.Manager() as manager:
        scores = manager.dict()
        lock = manager.Lock()
        jobs = [
            mp.Process(target=record_scores, args=(scores, lock, "ann", [3, 4])),
            mp.Process(target=record_scores, args=(scores, lock, "bob", [5])),
            mp.Process(target=record_scores, args=(scores, lock, "ann", [1])),
        ]
        for j in jobs:
            j.start()
        for j in jobs:
            j.join()
        print(sorted(scores.items()))
