"""RLock re-entered by nested method calls of one object; a second thread waits its turn."""
import threading


class Ledger:
    def __init__(self):
        self._lock = threading.RLock()
        self.entries = 0
        self.balance = 0

    def add(self, amount):
        with self._lock:
            self.entries += 1
            self.balance += amount

    def transfer_in(self, amounts):
        with self._lock:
            for a in amounts:
                self.add(a)


ledger = Ledger()

if __name__ == "__main__":
    t1 = threading.Thread(target=ledger.transfer_in, args=([1, 2, 3],))
    t2 = threading.Thread(target=ledger.transfer_in, args=([10],))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
