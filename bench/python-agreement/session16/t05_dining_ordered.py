# no bug: forks are always taken lowest number first, so no cycle of waiting can form
import threading
import time

NUM = 4
forks = [threading.Lock() for _ in range(NUM)]
eaten = {i: 0 for i in range(NUM)}


class Philosopher(threading.Thread):
    def __init__(self, seat):
        super().__init__(name=f"phil-{seat}")
        self.seat = seat

    def run(self):
        first, second = sorted((self.seat, (self.seat + 1) % NUM))
        for _ in range(2):
            forks[first].acquire()
            try:
                forks[second].acquire()
                try:
                    time.sleep(0.001)
                    eaten[self.seat] += 1
                finally:
                    forks[second].release()
            finally:
                forks[first].release()


if __name__ == "__main__":
    table = [Philosopher(s) for s in range(NUM)]
    for p in table:
        p.start()
    for p in table:
        p.join()
    print(eaten)
    assert sum(eaten.values()) == 2 * NUM
