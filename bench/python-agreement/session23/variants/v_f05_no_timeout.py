import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def mirror(name, delay):
    time.sleep(delay)
    return name


def main():
    ex = ThreadPoolExecutor(max_workers=3)
    futures = [ex.submit(mirror, "eu", 0.05), ex.submit(mirror, "us", 0.01), ex.submit(mirror, "asia", 0.08)]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
    print("winner", winner)
    print("pending", len(pending))
    for f in pending:
        f.cancel()  # already running: cancel() returns False
    ex.shutdown(wait=True)
    print("all done", all(f.done() for f in futures))


main()
