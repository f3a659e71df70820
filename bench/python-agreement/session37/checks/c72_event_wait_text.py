import threading

ev = threading.Event()
log = []


def waiter():
    got = ev.wait(0.001)
    log.append(f"got={got}")
    log.append(repr((got, 1)))


t = threading.Thread(target=waiter)
t.start()
t.join()
print(log)  # ordered
