# ordered
# queue value matrix: len(a) of 'ÉCOLE'
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(len(a))
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('ÉCOLE')
t.join()
print(log)
