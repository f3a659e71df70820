"""A parking garage with three spaces: cars wait at the gate (a BoundedSemaphore) and the gate keeps a log."""
import threading
import time
from dataclasses import dataclass, field

SPACES = 3


@dataclass
class Garage:
    spaces: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(SPACES))
    lock: threading.Lock = field(default_factory=threading.Lock)
    parked: int = 0
    most_parked: int = 0
    log: list = field(default_factory=list)

    def enter(self, plate):
        self.spaces.acquire()
        with self.lock:
            self.parked += 1
            self.most_parked = max(self.most_parked, self.parked)
            self.log.append(f"in {plate}")

    def leave(self, plate):
        with self.lock:
            self.parked -= 1
            self.log.append(f"out {plate}")
        self.spaces.release()


def drive(garage, plate, minutes):
    garage.enter(plate)
    time.sleep(minutes / 1000)
    garage.leave(plate)


def main():
    garage = Garage()
    visits = {"KA-100": 3, "MU-220": 1, "B-7": 2, "HH-42": 1, "S-19": 2}
    cars = [threading.Thread(target=drive, args=(garage, plate, minutes)) for plate, minutes in visits.items()]
    for car in cars:
        car.start()
    for car in cars:
        car.join()
    entries = sum(1 for entry in garage.log if entry.startswith("in "))
    print(f"parked now: {garage.parked}")
    print(f"entries: {entries}, most at once: {garage.most_parked}")
    print("overfull:", garage.most_parked > SPACES)


if __name__ == "__main__":
    main()
