# logging from threads (as real code does) changes no state
import logging
import threading

logging.basicConfig(level=logging.WARNING, format="%(threadName)s %(message)s")
log = logging.getLogger(__name__)
done = []


def worker(n):
    log.info("starting %d", n)
    done.append(n)
    log.warning("finished %s", n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
