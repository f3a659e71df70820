import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


class Philosopher(threading.Thread):
    def __init__(self, seat: int, rounds: int) -> None:
        super().__init__(name=f"phil-{seat}")
        self.seat = seat
        self.rounds = rounds

    def run(self) -> None:
        left, right = self.seat, (self.seat + 1) % N
        # Always take the lower-numbered fork first: no cycle, no deadlock.
        first, second = min(left, right), max(left, right)
        for _ in range(self.rounds):
            with forks[first]:
                with forks[second]:
                    meals[self.seat] += 1
                    time.sleep(0.001)


diners = [Philosopher(i, 3) for i in range(N)]
for d in diners:
    d.start()
for d in diners:
    d.join()

print(f"meals={meals}")
assert meals == [3] * N
