# ordered
# queue value matrix: str(a + 0.2) of 0.3333333333333333
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(str(a + 0.2))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(0.3333333333333333)
t.join()
print(log)
