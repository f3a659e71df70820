# ordered
# queue value matrix: f'{a}' of 1e-05
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(f'{a}')
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(1e-05)
t.join()
print(log)
