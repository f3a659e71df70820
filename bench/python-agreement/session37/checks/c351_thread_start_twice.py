import threading

log = []


def work():
    log.append("ran")


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.start()
except RuntimeError:
    log.append("second start refused")
print(log)  # ordered
