# check: ProcessPoolExecutor.map of a bound method (the instance is pickled to the worker)
from concurrent.futures import ProcessPoolExecutor


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(3)
    with ProcessPoolExecutor(max_workers=2) as pool:
        scaled = list(pool.map(scaler.scale, [1, 2, 3]))
    total = sum(scaled)
    print(total)
