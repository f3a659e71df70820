# ordered
# queue value matrix: a.lower() of 'straße'
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(a.lower())
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('straße')
t.join()
print(log)
