import threading

ev = threading.Event()
first = -1
second = -1


def waiter():
    global first, second
    first = 1 if ev.wait(0.01) else 0
    ev.set()
    second = 1 if ev.wait(0.01) else 0


t = threading.Thread(target=waiter)
t.start()
t.join()
