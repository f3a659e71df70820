import threading


class Ledger:
    def __init__(self):
        self._lock = threading.RLock()
        self.entries = []
        self.total = 0

    def _record(self, text):
        with self._lock:
            self.entries.append(text)

    def add(self, amount):
        with self._lock:
            self.total += amount
            self._record(f"add {amount}")

    def add_many(self, amounts):
        with self._lock:
            for a in amounts:
                self.add(a)


ledger = Ledger()
fired = threading.Event()


def on_timer():
    ledger.add(100)
    fired.set()


timer = threading.Timer(0.02, on_timer)
timer.start()
worker = threading.Thread(target=ledger.add_many, args=([1, 2, 3],))
worker.start()
worker.join()
fired.wait()
timer.join()
print("total", ledger.total)
print("entries", len(ledger.entries))
print("last is timer:", ledger.entries[-1] == "add 100")
