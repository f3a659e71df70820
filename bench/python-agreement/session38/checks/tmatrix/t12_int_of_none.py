# ordered
# type matrix: int(x) of None, 0
import queue
import threading

log = []
q = queue.Queue()


def work():
    x = q.get()
    y = q.get()
    try:
        log.append(int(x))
    except TypeError:
        log.append("TypeError")
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(None)
q.put(0)
t.join()
print(log)
