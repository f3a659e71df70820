import threading

WORKERS = 3
data = [4, 8, 15, 16, 23, 42]
partials = [0] * WORKERS
scaled = [0] * len(data)
log = []
log_lock = threading.Lock()


def on_phase():
    # runs in exactly one thread each time the barrier trips
    log.append(("phase", sum(partials)))


barrier = threading.Barrier(WORKERS, action=on_phase)


SIZE = len(data) // WORKERS


def worker(index):
    # phase 1: partial sums
    total = 0
    for i in range(index * SIZE, (index + 1) * SIZE):
        total += data[i]
    partials[index] = total
    barrier.wait()
    # phase 2: every item scaled by the grand total's last digit
    grand = sum(partials)
    for i in range(index * SIZE, (index + 1) * SIZE):
        scaled[i] = data[i] * (grand % 10)
    with log_lock:
        log.append(("done", index))
    barrier.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

phases = [entry for entry in log if entry[0] == "phase"]
finished = sorted(entry[1] for entry in log if entry[0] == "done")
print("partials:", partials)
print("scaled:", scaled)
print("phases:", phases, "finished:", finished)
