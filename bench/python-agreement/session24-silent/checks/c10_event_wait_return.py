import threading

ev = threading.Event()
got = []


def waiter():
    got.append(ev.wait(0.01))


t = threading.Thread(target=waiter)
t.start()
t.join()
ev.set()
got.append(ev.wait(0.01))
print(got)
