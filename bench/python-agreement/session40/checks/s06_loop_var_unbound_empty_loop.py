# Check: a for loop over an empty list never binds its variable; reading it after raises UnboundLocalError in the thread. Bug: reading a loop variable after an empty loop.
import threading

last = -1
pending = []


def worker():
    global last
    for job in pending:
        pass
    last = job


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"last={last}")
