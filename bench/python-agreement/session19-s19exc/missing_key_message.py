# CPython 3.11.7, 10 of 10 runs: ok, seen [2, 2, 'empty:'] (weft's KeyError(2): str '2', args[0] 2; queue.Empty's empty message); weft: that and seen [5, 'empty:'] when the stocker runs first (2 outcomes, complete).
# A KeyError weft raises itself (a missing key) read with str(e) and e.args[0], and a queue.Empty's
# empty message, in threads that race on a shared dict.
import queue
import threading

prices = {1: 3}
seen = []
lock = threading.Lock()
q = queue.Queue()


def buyer(item):
    try:
        price = prices[item]
        with lock:
            seen.append(price)
    except KeyError as e:
        with lock:
            seen.append(str(e))
            seen.append(e.args[0])


def stocker():
    prices[2] = 5


def waiter():
    try:
        q.get(timeout=0.01)
    except queue.Empty as e:
        with lock:
            seen.append("empty:" + str(e))


threads = [threading.Thread(target=buyer, args=(2,)), threading.Thread(target=stocker),
           threading.Thread(target=waiter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
