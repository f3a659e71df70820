# ordered
# queue value matrix: abs(a) of -0.5
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(abs(a))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(-0.5)
t.join()
print(log)
