"""A daemon thread still sleeping when main ends never writes; CPython's state at exit has count 1."""
import threading
import time

count = [0]


def background():
    count[0] += 1
    time.sleep(0.05)
    count[0] += 1


threading.Thread(target=background, daemon=True).start()
time.sleep(0.01)
print(count)
