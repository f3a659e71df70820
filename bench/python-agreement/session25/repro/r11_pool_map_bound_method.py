# WEFT'S OWN ERROR (weft-start): `Pool.map(obj.method, items)` where the method reads `self.factor`:
# CPython pickles the instance and prints 18; `weft import` fails with "the scenario imported from
# this program does not load: unknown name `scaler_factor`" (not a refusal in its own words).
# With a threading.Lock among the attributes CPython fails instead (checks/c115, TypeError: cannot
# pickle '_thread.lock'); weft gives the same "does not load".
from multiprocessing import Pool


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(3)
    with Pool(processes=2) as pool:
        scaled = pool.map(scaler.scale, [1, 2, 3])
    total = sum(scaled)
    print(total)
