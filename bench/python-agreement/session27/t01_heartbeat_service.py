"""A service class that owns its worker thread: start/stop methods, an Event stop flag, join(timeout=)."""
import threading
import time


class HeartbeatService:
    def __init__(self, name: str, interval: float) -> None:
        self.name = name
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.beats = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"hb-{self.name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.beats += 1
            if self._stop.wait(self.interval):
                break

    def stop(self, timeout: float = 1.0) -> bool:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=timeout)
            return not self._thread.is_alive()
        return True


service = HeartbeatService("db", 0.01)
service.start()
time.sleep(0.035)
stopped = service.stop()
beats = service.beats
print(f"{service.name:>4}: beats={beats:2d} stopped={stopped}")
assert stopped
assert 3 <= beats <= 5
