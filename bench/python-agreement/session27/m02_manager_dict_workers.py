"""A Manager dict shared by worker processes, each writing its own keys; a Manager lock guards a total."""
from multiprocessing import Manager, Process


def tally(shard: int, words: list, results, lock) -> None:
    local = {}
    for w in words:
        local[w] = local.get(w, 0) + 1
    for w, n in local.items():
        results[f"{shard}:{w}"] = n
    with lock:
        results["total"] = results.get("total", 0) + len(words)


merged: dict = {}
if __name__ == "__main__":
    shards = [["a", "b", "a"], ["b", "c"], ["a"]]
    with Manager() as manager:
        results = manager.dict()
        lock = manager.Lock()
        procs = [Process(target=tally, args=(i, words, results, lock)) for i, words in enumerate(shards)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        merged = dict(results)
    total = merged["total"]
    print(sorted(merged.items()))
    assert total == 6 and merged["0:a"] == 2
