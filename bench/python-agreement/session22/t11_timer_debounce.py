import threading
import time


class Debouncer:
    """Runs `action` once `delay` seconds after the last call to trigger()."""

    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.timer = None
        self.lock = threading.Lock()

    def trigger(self, value):
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(self.delay, self.action, args=(value,))
            self.timer.start()

    def flush(self):
        with self.lock:
            timer = self.timer
        if timer is not None:
            timer.join()


saved = []
deb = Debouncer(0.05, saved.append)
for text in ["h", "he", "hel", "hell", "hello"]:
    deb.trigger(text)
    time.sleep(0.005)
deb.flush()
print(saved)
