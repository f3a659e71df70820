# check: starting a thread twice raises RuntimeError
import threading

log = []


def job():
    log.append("ran")


t = threading.Thread(target=job)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    log.append(str(e))
print(log)
