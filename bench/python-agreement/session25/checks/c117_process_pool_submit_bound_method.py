# check: ProcessPoolExecutor.submit of a bound method (weft: does not load, as r11)
from concurrent.futures import ProcessPoolExecutor


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(3)
    with ProcessPoolExecutor(max_workers=2) as pool:
        value = pool.submit(scaler.scale, 5).result()
    print(value)
