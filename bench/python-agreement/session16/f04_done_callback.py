# no bug: done callbacks record each finished job under a lock
import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
finished_lock = threading.Lock()


def job(n):
    return n * 3


def on_done(fut):
    with finished_lock:
        finished.append(fut.result())


def main():
    with ThreadPoolExecutor(max_workers=2) as executor:
        for n in range(4):
            fut = executor.submit(job, n)
            fut.add_done_callback(on_done)
    print("finished:", sorted(finished))
    assert sorted(finished) == [0, 3, 6, 9]


if __name__ == "__main__":
    main()
