# ordered
# queue value matrix: 2 ** a of -3
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(2 ** a)
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(-3)
t.join()
print(log)
