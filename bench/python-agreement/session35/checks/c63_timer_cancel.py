"""A Timer cancelled before it fires never runs its function."""
import threading
import time

fired = []
t = threading.Timer(0.05, lambda: fired.append("boom"))
t.start()
time.sleep(0.001)
t.cancel()
t.join()
done = len(fired)
print(done)
