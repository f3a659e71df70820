"""The timer's callback reads the attribute that holds the timer: refused (another thread uses it)."""
import threading


class Retrier:
    def __init__(self):
        self.timer = None
        self.fired = 0

    def fire(self):
        self.fired += 1
        if self.timer is not None:
            print("timer set")

    def schedule(self):
        self.timer = threading.Timer(0.01, self.fire)
        self.timer.start()


r = Retrier()
r.schedule()
r.timer.join()
print(r.fired)
