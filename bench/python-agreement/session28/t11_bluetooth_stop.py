# BUG: bluetooth driver (SCTBench): the stopping flag is read without the lock, so a request runs after stop
import threading


class Device:
    def __init__(self) -> None:
        self.pending_io = 1
        self.stopping = False
        self.stopped = False
        self.lock = threading.Lock()
        self.stop_event = threading.Event()

    def io_increment(self) -> bool:
        if self.stopping:
            return False
        with self.lock:
            self.pending_io += 1
        return True

    def io_decrement(self) -> None:
        with self.lock:
            self.pending_io -= 1
            remaining = self.pending_io
        if remaining == 0:
            self.stop_event.set()

    def add_request(self) -> None:
        if self.io_increment():
            assert not self.stopped, "request ran on a stopped device"
            self.io_decrement()

    def stop(self) -> None:
        self.stopping = True
        self.io_decrement()
        self.stop_event.wait()
        self.stopped = True


device = Device()
threads = [threading.Thread(target=device.add_request), threading.Thread(target=device.stop)]
for t in threads:
    t.start()
for t in threads:
    t.join()

pending = device.pending_io
print(f"pending={pending} stopped={device.stopped}")
