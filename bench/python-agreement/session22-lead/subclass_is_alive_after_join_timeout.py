# A Thread subclass that sleeps; is_alive() after join(timeout) may be either.
import threading
import time


class Sleeper(threading.Thread):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds

    def run(self):
        time.sleep(self.seconds)


sleeper = Sleeper(0.05)
sleeper.start()
sleeper.join(0.01)
still = sleeper.is_alive()
sleeper.join()
print("still", still, sleeper.is_alive())
