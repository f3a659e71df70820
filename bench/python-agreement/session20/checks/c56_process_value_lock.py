"""Processes add to a shared Value under its lock; a plain global in the child does not come back."""
import multiprocessing

local_hits = 0
total = 0


def add(shared, n):
    global local_hits
    for _ in range(n):
        with shared.get_lock():
            shared.value += 1
        local_hits += 1


if __name__ == "__main__":
    shared = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add, args=(shared, 3)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = shared.value
