import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(threadName)s %(message)s")
log = logging.getLogger(__name__)
count = 0
lock = threading.Lock()


def worker(n):
    global count
    log.info("worker %d starting", n)
    with lock:
        count += n
    log.debug("done")


threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
