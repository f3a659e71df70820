"""Two jobs on a ThreadPoolExecutor add to one counter without a lock: `counter += 1` is a read and a
write, so an update can be lost (`weft explore` lists counter = 2 to 6; CPython 3.11 rarely shows it)."""
from concurrent.futures import ThreadPoolExecutor

counter = 0


def add(times):
    global counter
    for _ in range(times):
        counter += 1
    return times


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(add, 3) for _ in range(2)]
    done = 0
    for future in futures:
        done += future.result()
print("counter:", counter, "done:", done)
