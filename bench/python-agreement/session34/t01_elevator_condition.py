# An elevator controller: riders call floors, the car serves requests in arrival order under a Condition.
import threading

FLOORS = 5
requests = []
served = []
car_floor = [0]
trips = 0
shutdown = False
cond = threading.Condition()


def rider(floor):
    with cond:
        requests.append(floor)
        cond.notify_all()


def elevator():
    global trips, shutdown
    while True:
        with cond:
            while not requests and not shutdown:
                cond.wait()
            if not requests and shutdown:
                return
            target = requests.pop(0)
        distance = abs(target - car_floor[0])
        car_floor[0] = target
        trips += distance
        with cond:
            served.append(target)
            cond.notify_all()


def main():
    global shutdown
    car = threading.Thread(target=elevator, name="car")
    car.start()
    riders = [threading.Thread(target=rider, args=(f,)) for f in (3, 1, 4)]
    for r in riders:
        r.start()
    for r in riders:
        r.join()
    with cond:
        while len(served) < 3:
            cond.wait()
        shutdown = True
        cond.notify_all()
    car.join()
    print(f"served={sorted(served)} floor={car_floor[0]} trips={trips}")


if __name__ == "__main__":
    main()
