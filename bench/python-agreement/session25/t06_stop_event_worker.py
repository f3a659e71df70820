import threading
import time


class Poller(threading.Thread):
    """Polls until asked to stop; keeps what it saw in attributes."""

    def __init__(self, name, interval):
        super().__init__(name=name)
        self.interval = interval
        self.stop_event = threading.Event()
        self.polls = 0
        self.stopped_cleanly = False

    def run(self):
        while not self.stop_event.is_set():
            self.polls += 1
            if self.polls >= 5:
                break
            self.stop_event.wait(self.interval)
        self.stopped_cleanly = True

    def shutdown(self):
        self.stop_event.set()
        self.join(timeout=1.0)


fast = Poller("fast", 0.005)
slow = Poller("slow", 1.0)
fast.start()
slow.start()
time.sleep(0.1)
fast.shutdown()
slow.shutdown()

for p in (fast, slow):
    print(f"{p.name:<5} polls={p.polls} clean={p.stopped_cleanly} alive={p.is_alive()}")
