# ordered
# A worker thread saves its exception; the main thread re-raises it after join and catches it by class.
import threading

log = []
errors = []


def worker(text):
    try:
        log.append(int(text))
    except ValueError as e:
        errors.append(e)


t = threading.Thread(target=worker, args=("x",))
t.start()
t.join()
try:
    if errors:
        raise errors[0]
except ValueError:
    log.append("re-raised ValueError")
print(log)
