"""Two instances made inline as thread targets share the module's lock: no update is lost."""
import threading

total = 0
total_lock = threading.Lock()


class Adder:
    def __init__(self, amount: int) -> None:
        self.amount = amount

    def add(self, times: int) -> None:
        global total
        for _ in range(times):
            with total_lock:
                total += self.amount


first = threading.Thread(target=Adder(1).add, args=(3,))
second = threading.Thread(target=Adder(10).add, kwargs={"times": 2})
first.start()
second.start()
first.join()
second.join()
print("total", total)
assert total == 23
