# BUG: a Timer (a Thread) started twice raises RuntimeError
import threading

log = []


def ring():
    log.append("ring")


timer = threading.Timer(0.01, ring)
timer.start()
try:
    timer.start()
    log.append("second start")
except RuntimeError:
    log.append("runtime error")
timer.join()
print(log)
