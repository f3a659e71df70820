import threading

lock = threading.Lock()
log = []


def work():
    try:
        lock.release()
    except RuntimeError:
        log.append("runtime")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
