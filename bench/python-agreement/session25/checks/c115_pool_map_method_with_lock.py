# check: Pool.map of a bound method pickles its instance; an instance holding a threading.Lock fails
import threading
from multiprocessing import Pool


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.lock = threading.Lock()

    def scale(self, x):
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(3)
    with Pool(processes=2) as pool:
        scaled = pool.map(scaler.scale, [1, 2, 3])
    total = sum(scaled)
    print(total)
