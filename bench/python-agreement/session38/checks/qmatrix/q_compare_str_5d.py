# ordered
# queue value matrix: a.isdigit() of '9'
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(a.isdigit())
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('9')
t.join()
print(log)
