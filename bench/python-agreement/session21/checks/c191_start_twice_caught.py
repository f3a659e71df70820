# starting a thread twice raises RuntimeError, which the program catches and goes on
import threading

log = []


def work():
    log.append("worked")


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.start()
    log.append("restarted")
except RuntimeError:
    log.append("runtime error")
print(log)
