import threading
from concurrent.futures import ThreadPoolExecutor

log = []
log_lock = threading.Lock()


def on_done(fut):
    with log_lock:
        log.append(("done", fut.result()))


def work(x):
    return x * 3


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = []
        for x in (1, 2, 3):
            f = ex.submit(work, x)
            f.add_done_callback(on_done)
            futures.append(f)
        values = []
        for f in futures:
            values.append(f.result())
    print("values", values)
    print("log", sorted(log))
    assert len(log) == 3


main()
