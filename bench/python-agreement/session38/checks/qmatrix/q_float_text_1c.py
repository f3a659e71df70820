# ordered
# queue value matrix: f'{a:.2f}' of 1e+16
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(f'{a:.2f}')
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put(1e+16)
t.join()
print(log)
