# A Thread subclass stopped by an Event and joined in a method; is_alive() read after the join.
import threading


class Ticker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.stop_event = threading.Event()
        self.ticks = 0

    def run(self):
        while not self.stop_event.wait(0.005):
            self.ticks += 1

    def stop(self):
        self.stop_event.set()
        self.join()


ticker = Ticker()
ticker.start()
alive_before = 1
ticker.stop()
alive_after = ticker.is_alive()
print("alive", alive_after)
