# Beehives: forager threads deposit nectar into a shared store. Bug: lost update (read, pause, write back without a lock).
import threading
import time

HIVES = ["north", "south"]
stores = {"north": 0, "south": 0}
trips = 0
trip_lock = threading.Lock()


class Forager(threading.Thread):
    def __init__(self, name, hive, loads):
        super().__init__(name=name)
        self.hive = hive
        self.loads = loads

    def run(self):
        global trips
        for load in self.loads:
            current = stores[self.hive]
            time.sleep(0.001)  # flying back to the hive
            stores[self.hive] = current + load
            with trip_lock:
                trips += 1


foragers = [
    Forager("bee-a", "north", [3, 4]),
    Forager("bee-b", "north", [5, 1]),
    Forager("bee-c", "south", [2, 2]),
]
for bee in foragers:
    bee.start()
for bee in foragers:
    bee.join()

total = sum(stores.values())
print(f"stores={stores} trips={trips} total={total}")
