# a process pool job that calls a method of an instance the module made
from multiprocessing import Pool


class Scaler:
    def __init__(self):
        self.factor = 3

    def scale(self, n):
        return n * self.factor


scaler = Scaler()


def job(n):
    return scaler.scale(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        out = pool.map(job, [1, 2, 3])
    total = sum(out)
    print(total)
