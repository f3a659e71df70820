# ordered
# queue value matrix: a[::-1] of '  Hello World '
import queue
import threading

log = []
q = queue.Queue()


def work():
    a = q.get()
    try:
        log.append(a[::-1])
    except Exception as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work)
t.start()
q.put('  Hello World ')
t.join()
print(log)
