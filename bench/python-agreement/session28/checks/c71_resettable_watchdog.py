import threading
import time

expired = 0


def on_expire() -> None:
    global expired
    expired += 1


class Watchdog:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.timer = threading.Timer(timeout, on_expire)

    def start(self) -> None:
        self.timer.start()

    def reset(self) -> None:
        self.timer.cancel()
        self.timer = threading.Timer(self.timeout, on_expire)
        self.timer.start()

    def stop(self) -> None:
        self.timer.cancel()


dog = Watchdog(0.05)
dog.start()
for _ in range(3):
    time.sleep(0.01)
    dog.reset()  # heartbeat in time: never expires
dog.stop()
time.sleep(0.08)
print(f"expired={expired}")
assert expired == 0
