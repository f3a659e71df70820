# ordered
# type matrix: x - y of 'a', 'b'
import queue
import threading

log = []
q = queue.Queue()


def work():
    x = q.get()
    y = q.get()
    try:
        log.append(x - y)
    except TypeError:
        log.append("TypeError")
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('a')
q.put('b')
t.join()
print(log)
