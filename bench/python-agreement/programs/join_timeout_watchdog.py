"""A watchdog joins a slow worker with a time-out and records whether it was still running."""
import threading
import time

finished = 0
still_running = 0


def slow_job():
    global finished
    time.sleep(0.2)
    finished = 1


t = threading.Thread(target=slow_job)
t.start()
t.join(timeout=0.05)
if t.is_alive():
    still_running = 1
t.join()
print("still running:", still_running, "finished:", finished)
