"""A debouncer (a timer held in an attribute a method assigns again) fed two bursts: one save per burst."""
import threading
import time


class Debouncer:
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


def save(value):
    saved.append(value)


deb = Debouncer(0.03, save)
for text in ["a", "ab", "abc"]:
    deb.trigger(text)
    time.sleep(0.002)
time.sleep(0.1)
for word in ["x", "xy"]:
    deb.trigger(word)
    time.sleep(0.002)
deb.flush()
assert saved == ["abc", "xy"], saved
print(saved)
