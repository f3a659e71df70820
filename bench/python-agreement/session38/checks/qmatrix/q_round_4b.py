# ordered
# queue value matrix: round(a, 1) of 2.675
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(round(a, 1))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(2.675)
t.join()
print(log)
