# a process pool's done callback runs in the parent's result-handler thread; one that waits for an
# Event holds back every later result: refused
import threading
from concurrent.futures import ProcessPoolExecutor

ready = threading.Event()
heard = []


def on_done(future):
    heard.append(ready.wait(0.2))


def job(n):
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(job, 1)
        f.add_done_callback(on_done)
        g = pool.submit(job, 2)
        g.result()
        ready.set()
    print(heard)
