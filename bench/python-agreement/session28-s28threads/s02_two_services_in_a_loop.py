"""Two services whose start() makes a worker, started and stopped by loops over them."""
import threading


class Adder:
    def __init__(self, amount: int) -> None:
        self.amount = amount
        self.total = 0
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._work)
        self._thread.start()

    def _work(self) -> None:
        for _ in range(3):
            self.total += self.amount

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()


small = Adder(1)
large = Adder(10)
for service in (small, large):
    service.start()
for service in (small, large):
    service.wait()
print(small.total, large.total)
assert (small.total, large.total) == (3, 30)
