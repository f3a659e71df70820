# ordered
# queue value matrix: f'{a:g}' of 0.1
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(f'{a:g}')
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(0.1)
t.join()
print(log)
