# event wait timeout return
import threading
import time

ready = threading.Event()
saw = -1


def waiter():
    global saw
    saw = 1 if ready.wait(timeout=0.05) else 0


def setter():
    time.sleep(0.01)
    ready.set()


a = threading.Thread(target=waiter)
b = threading.Thread(target=setter)
a.start()
b.start()
a.join()
b.join()
print(saw)
