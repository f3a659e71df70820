# retry until a deadline measured with time.monotonic()
import threading
import time

ready = threading.Event()
attempts = 0


def opener():
    time.sleep(0.03)
    ready.set()


def poll():
    global attempts
    deadline = time.monotonic() + 0.2
    while time.monotonic() < deadline:
        attempts += 1
        if ready.wait(0.01):
            return


threading.Thread(target=opener).start()
poll()
print(attempts >= 1)
