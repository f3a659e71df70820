# check: Event.wait(timeout) returns False when it times out, True when set
import threading

ev = threading.Event()
first = -1
second = -1


def setter():
    ev.set()


first = ev.wait(0.01)
t = threading.Thread(target=setter)
t.start()
t.join()
second = ev.wait(0.01)
print(first, second)
