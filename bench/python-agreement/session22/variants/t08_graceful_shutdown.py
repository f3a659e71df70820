import threading
import time


class Heartbeat(threading.Thread):
    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval = interval
        self.stop_event = threading.Event()
        self.beats = 0

    def run(self):
        while not self.stop_event.wait(self.interval):
            self.beats += 1

    def stop(self):
        self.stop_event.set()
        self.join()


hb = Heartbeat(0.02)
hb.start()
time.sleep(0.11)
hb.stop()
print("beats", hb.beats)
