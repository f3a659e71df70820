# Two processes tally into a manager's dict under a manager lock; the parent copies it with
# dict(sorted(d.items())) (one items() round trip) inside the manager's with and reads the copy after.
import multiprocessing as mp


def tally(shared, lock, words):
    for w in words:
        with lock:
            shared[w] = shared.get(w, 0) + 1


if __name__ == "__main__":
    with mp.Manager() as manager:
        counts = manager.dict()
        lock = manager.Lock()
        procs = [
            mp.Process(target=tally, args=(counts, lock, ["a", "b", "a"])),
            mp.Process(target=tally, args=(counts, lock, ["b", "c"])),
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        ordered = dict(sorted(counts.items()))
    print(ordered)
    assert ordered == {"a": 2, "b": 2, "c": 1}
