"""Two consumers that stop once the queue stays empty for 50 ms: `try: job = jobs.get(timeout=0.05)` /
`except queue.Empty: break`, the commonest way a threading consumer ends. `weft explore` gives done=10,
as CPython prints; `weft explore --timeouts any` also lists the runs where a consumer gives up before
the jobs come (a producer slower than the time-out)."""
import queue
import threading
import time

jobs = queue.Queue()
done = 0
lock = threading.Lock()


def consumer():
    global done
    while True:
        try:
            job = jobs.get(timeout=0.05)
        except queue.Empty:
            break
        time.sleep(0.001)
        with lock:
            done += job
        jobs.task_done()


def main():
    workers = [threading.Thread(target=consumer) for _ in range(2)]
    for worker in workers:
        worker.start()
    for n in range(1, 5):
        jobs.put(n)
    for worker in workers:
        worker.join()
    print("done", done)


main()
