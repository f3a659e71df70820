# ordered
# A KeyError from a dict read inside `with sem:` in a thread, caught outside the with: released.
import threading

log = []
sem = threading.Semaphore(1)
prices = {"tea": 3}


def worker(item):
    try:
        with sem:
            log.append(prices[item])
    except KeyError:
        log.append("missing")
    with sem:
        log.append("again")


t = threading.Thread(target=worker, args=("cake",))
t.start()
t.join()
print(log)
