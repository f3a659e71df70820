# Producers and consumers of two shards: each picks its queue and its lock through a helper given a name or number known when its thread starts; the plan is a dict of lists in `main`, walked by `items()` and by `for shard in plan`.
import queue
import threading

SHARDS = 2
queues = {"even": queue.Queue(), "odd": queue.Queue()}
locks = [threading.Lock(), threading.Lock()]
totals = [0, 0]


def queue_for(name):
    return queues[name]


def lock_for(shard):
    return locks[shard]


def producer(kind, items):
    q = queue_for(kind)
    for item in items:
        q.put(item)
    q.put(None)


def consumer(shard):
    q = queue_for("even" if shard == 0 else "odd")
    while True:
        item = q.get()
        if item is None:
            break
        with lock_for(shard):
            totals[shard] += item


def main():
    plan = {0: [2, 4], 1: [1, 3, 5]}
    names = {0: "even", 1: "odd"}
    threads = []
    for shard, items in plan.items():
        threads.append(threading.Thread(target=producer, args=("even" if shard == 0 else "odd", items)))
    for shard in plan:
        threads.append(threading.Thread(target=consumer, args=(shard,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(totals, names[0])
    assert totals == [6, 9], totals


main()
