# BUG: reserve() checks then takes without a lock, so two clerks can both take the last seat
import threading
import time

seats = {"A": 1, "B": 2}
plans = {}


class Office:
    def __init__(self):
        self.log = []

    def reserve(self, clerk, row):
        if seats[row] > 0:
            time.sleep(0)
            seats[row] -= 1
            self.log.append(clerk)
            return row
        return None


office = Office()


def clerk(name, rows):
    plans[name] = [office.reserve(name, row) for row in rows if row != "C"]


threads = [threading.Thread(target=clerk, args=("x", ["A", "C", "B"])),
           threading.Thread(target=clerk, args=("y", ["A", "B"]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("seats", seats, "x", plans["x"], "y", plans["y"], "log", len(office.log))
