# BUG: joining a thread before starting it raises RuntimeError in main
import threading

log = []


def work():
    log.append("worked")


t = threading.Thread(target=work)
try:
    t.join()
    log.append("joined")
except RuntimeError:
    log.append("runtime error")
t.start()
t.join()
print(log)
