# ordered
# queue value matrix: a < 'b' of 'Zebra'
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(a < 'b')
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('Zebra')
t.join()
print(log)
