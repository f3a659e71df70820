import threading


class Stock:
    def __init__(self, units):
        self.lock = threading.Lock()
        self.units = units

    def take(self, n):
        with self.lock:
            if self.units >= n:
                self.units -= n
                return 1
            return 0


stock = Stock(5)
granted = 0


def rival():
    stock.take(3)


t = threading.Thread(target=rival)
t.start()
outcomes = [stock.take(n) for n in (2, 2)]
granted = sum(outcomes)
t.join()
left = stock.units
