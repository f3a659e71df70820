"""The module ends by `pass` while a thread sleeps 30 ms."""
import threading
import time

state = 0


def slow():
    global state
    time.sleep(0.03)
    state = 2
    print("thread finished", flush=True)


threading.Thread(target=slow, daemon=False).start()
state = 1
print("main done", flush=True)
pass
