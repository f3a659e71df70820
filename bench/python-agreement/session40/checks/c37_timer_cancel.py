# Check: threading.Timer that is cancelled before it fires never runs; another one fires. Bug: none.
import threading
import time

fired = []

t1 = threading.Timer(0.05, lambda: fired.append(1))
t2 = threading.Timer(0.01, lambda: fired.append(2))
t1.start()
t2.start()
t1.cancel()
t2.join()
t1.join()
time.sleep(0.06)
print(f"fired={fired}")
