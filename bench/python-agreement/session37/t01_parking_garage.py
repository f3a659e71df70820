# Parking garage: a Semaphore of spaces and a gate Lock that logs every entry and exit.
import threading
import time
from dataclasses import dataclass, field

SPACES = 2


@dataclass
class Garage:
    spaces: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(SPACES))
    gate: threading.Lock = field(default_factory=threading.Lock)
    inside: int = 0
    peak: int = 0
    log: list = field(default_factory=list)

    def enter(self, plate):
        self.spaces.acquire()
        with self.gate:
            self.inside += 1
            self.peak = max(self.peak, self.inside)
            self.log.append(f"in:{plate}")

    def leave(self, plate):
        with self.gate:
            self.inside -= 1
            self.log.append(f"out:{plate}")
        self.spaces.release()


garage = Garage()
fees = {}


def drive(plate, minutes):
    garage.enter(plate)
    try:
        time.sleep(0.001 * minutes)
        fees[plate] = 2 + minutes // 2
    finally:
        garage.leave(plate)


cars = [("ABC1", 3), ("XYZ9", 5), ("JKL4", 2), ("QRS7", 4)]
threads = [threading.Thread(target=drive, args=car) for car in cars]
for t in threads:
    t.start()
for t in threads:
    t.join()

inside = garage.inside
peak = garage.peak
entries = sum(1 for entry in garage.log if entry.startswith("in:"))
total_fees = sum(fees.values())
print(f"inside={inside} peak={peak} entries={entries} total_fees={total_fees}")
print(sorted(fees.items()))
