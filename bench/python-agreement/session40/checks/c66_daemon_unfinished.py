# Check: a daemon thread still sleeping when the main code ends never makes its last write. Bug: daemon work lost at exit.
import threading
import time

progress = []


def slow():
    progress.append(1)
    time.sleep(0.3)
    progress.append(2)


t = threading.Thread(target=slow, daemon=True)
t.start()
time.sleep(0.02)
print(f"progress={progress}")
