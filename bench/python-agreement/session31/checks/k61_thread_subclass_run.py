# a Thread subclass keeps its result in an attribute; two run at once over shared totals with a lock
import threading


class Summer(threading.Thread):
    lock = threading.Lock()
    grand_total = 0

    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = 0

    def run(self):
        for n in self.numbers:
            self.result += n
        with Summer.lock:
            Summer.grand_total += self.result


a = Summer([1, 2, 3])
b = Summer([10, 20])
a.start()
b.start()
a.join()
b.join()
print(a.result, b.result, Summer.grand_total)
