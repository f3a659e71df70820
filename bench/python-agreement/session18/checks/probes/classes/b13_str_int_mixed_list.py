import threading

log = []

def record(n):
    log.append(n)
    log.append(str(n))

t = threading.Thread(target=record, args=(7,))
t.start()
t.join()
