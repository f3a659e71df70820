# check: an exception in a Timer's function fails only that timer thread
import threading

log = []


def alarm():
    log.append("alarm")
    raise OSError("speaker missing")


t = threading.Timer(0.001, alarm)
t.start()
t.join()
log.append("main end")
print(log)
