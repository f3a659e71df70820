# BUG: shard index for the lock is computed from the wrong key, so two workers update one shard under different locks (lost update).
import threading

SHARDS = 2
shard_counts = [0, 0]
shard_locks = [threading.Lock() for _ in range(SHARDS)]


def lock_for(key):
    # meant to be key % SHARDS, but uses the worker id instead
    return shard_locks[key]


def worker(worker_id, keys):
    for key in keys:
        shard = key % SHARDS
        with lock_for(worker_id):
            current = shard_counts[shard]
            shard_counts[shard] = current + 1


def main():
    plan = {0: [0, 2], 1: [2, 3]}
    threads = []
    for worker_id, keys in plan.items():
        t = threading.Thread(target=worker, args=(worker_id, keys))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    total = sum(shard_counts)
    print({"shards": shard_counts, "total": total})
    assert total == 4, f"lost update: {total}"


main()
