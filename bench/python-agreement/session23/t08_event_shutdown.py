import threading
import time

stop = threading.Event()
started = threading.Event()
processed = []
lock = threading.Lock()


def worker(jobs):
    started.set()
    for job in jobs:
        if stop.is_set():
            break
        with lock:
            processed.append(job)
    # wait for the shutdown signal before cleaning up
    stop.wait()
    with lock:
        processed.append("cleanup")


def main():
    t = threading.Thread(target=worker, args=([1, 2, 3],), daemon=False)
    t.start()
    started.wait()
    time.sleep(0.02)
    stop.set()
    t.join(timeout=1.0)
    print("alive", t.is_alive())
    print("processed", processed)


main()
