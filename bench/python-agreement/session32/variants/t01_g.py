# Elevator controller: callers post floor requests, one elevator thread serves them in order.
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
import threading

final = {}


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.requests = []
        self.served = []
        self.travelled = 0
        self.lock = threading.Lock()
        self.has_work = threading.Condition(self.lock)
        self.closing = False

    def call(self, floor):
        with self.has_work:
            if floor not in self.requests:
                self.requests.append(floor)
            self.has_work.notify()

    def close(self):
        with self.has_work:
            self.closing = True
            self.has_work.notify_all()

    def run(self):
        while True:
            with self.has_work:
                while not self.requests and not self.closing:
                    self.has_work.wait()
                if not self.requests:
                    return
                target = self.requests.pop(0)
            distance = abs(target - self.current)
            self.travelled += distance
            self.current = target
            self.served.append(target)


def passenger(elevator, floors):
    for floor in floors:
        elevator.call(floor)


def main():
    elevator = Elevator(floors=6)
    car = threading.Thread(target=elevator.run, name="car")
    car.start()
    riders = [
        threading.Thread(target=passenger, args=(elevator, [3, 5])),
        threading.Thread(target=passenger, args=(elevator, [1, 3])),
    ]
    for rider in riders:
        rider.start()
    for rider in riders:
        rider.join()
    elevator.close()
    car.join()
    print(f"served={sorted(elevator.served)} count={len(elevator.served)}")
    final["served"] = ",".join(str(f) for f in elevator.served)
    final["travelled"] = elevator.travelled
    final["current"] = elevator.current
    print(f"final floor in {sorted(set(elevator.served))}: {elevator.current in elevator.served}")


if __name__ == "__main__":
    main()
