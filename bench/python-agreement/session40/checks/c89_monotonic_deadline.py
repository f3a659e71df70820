# Check: a loop bounded by time.monotonic() deadline with 4 ms sleeps: about 5 rounds in 20 ms. Bug: none.
import threading
import time

rounds = 0


def worker():
    global rounds
    deadline = time.monotonic() + 0.02
    while time.monotonic() < deadline:
        rounds += 1
        time.sleep(0.004)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"rounds={rounds}")
