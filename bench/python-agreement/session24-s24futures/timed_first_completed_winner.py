# session23/f05's form with its values in globals: `wait(..., timeout=1.0, return_when=FIRST_COMPLETED)`,
# the winner popped from `done`, the rest cancelled (already running: cancel() gives False).
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

winner = ""
left = -1
cancelled = 0


def mirror(name, delay):
    time.sleep(delay)
    return name


def main():
    global winner, left, cancelled
    ex = ThreadPoolExecutor(max_workers=3)
    futures = [ex.submit(mirror, "eu", 0.05), ex.submit(mirror, "us", 0.01), ex.submit(mirror, "asia", 0.08)]
    done, pending = wait(futures, timeout=1.0, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
    left = len(pending)
    for f in pending:
        if f.cancel():
            cancelled += 1
    ex.shutdown(wait=True)


main()
print(winner, left, cancelled)
