# BUG: stop() sets the flag but does not join: main reads the count while the worker may still add to it
import threading
import time


class Counter:
    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.count = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            time.sleep(0.01)
            self.count += 1

    def stop(self) -> None:
        self._stop.set()


counter = Counter()
counter.start()
time.sleep(0.025)
counter.stop()
seen = counter.count
time.sleep(0.03)
final = counter.count
print(seen, final)
assert seen == final, "the worker counted after stop()"
