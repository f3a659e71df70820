"""A stop Event and join(timeout=): a worker that checks the flag between 10 ms steps stops within one step."""
import threading
import time

stop = threading.Event()
steps = 0


class Worker(threading.Thread):
    def __init__(self) -> None:
        super().__init__()
        self.done_steps = 0

    def run(self) -> None:
        global steps
        while not stop.is_set():
            time.sleep(0.01)
            steps += 1


w = Worker()
w.start()
time.sleep(0.035)
stop.set()
w.join(timeout=1.0)
alive = w.is_alive()
print(steps, alive)
