"""A service that makes its worker thread in start() and joins it in stop(), started twice."""
import threading
import time


class Poller:
    def __init__(self, name: str) -> None:
        self.name = name
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self.polls = 0
        self.runs = 0

    def start(self) -> None:
        self._stop.clear()
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()
        self.runs += 1

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.polls += 1
            time.sleep(0.01)

    def stop(self) -> None:
        self._stop.set()
        if self._worker is not None:
            self._worker.join()


poller = Poller("disk")
poller.start()
time.sleep(0.025)
poller.stop()
first = poller.polls
poller.start()
time.sleep(0.015)
poller.stop()
second = poller.polls - first
print(poller.runs, first, second)
assert poller.runs == 2
assert 2 <= first <= 4
assert 1 <= second <= 3
