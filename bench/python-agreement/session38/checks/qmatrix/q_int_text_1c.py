# ordered
# queue value matrix: f'{a:05d}' of -5
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(f'{a:05d}')
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(-5)
t.join()
print(log)
