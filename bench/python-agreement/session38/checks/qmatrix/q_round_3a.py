# ordered
# queue value matrix: round(a) of 3.5
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(round(a))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(3.5)
t.join()
print(log)
