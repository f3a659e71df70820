# ordered
# queue value matrix: divmod(a, 4) of 0
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(divmod(a, 4))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(0)
t.join()
print(log)
