# Marathon splits: timing-mat threads record splits; the main thread publishes the board. Bug: missing join (the slow mat is never joined, so its split may be absent).
import threading
import time

splits = {}
lock = threading.Lock()


def mat(km, runner_times, delay):
    time.sleep(delay)
    best = min(runner_times)
    with lock:
        splits[km] = best


mats = [
    threading.Thread(target=mat, args=(5, [21, 19, 23], 0.0)),
    threading.Thread(target=mat, args=(10, [41, 40, 44], 0.0)),
    threading.Thread(target=mat, args=(21, [90, 88, 95], 0.02)),
]
for m in mats:
    m.start()
mats[0].join()
mats[1].join()

board = [f"{km}k:{t}" for km, t in sorted(splits.items())]
count = len(board)
print(f"count={count} board={board}")
