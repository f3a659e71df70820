# Pool.apply of an instance's method: the instance is pickled, the child works on its copy
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.count = 10

    def bump(self, by):
        self.count += by
        return self.count


if __name__ == "__main__":
    counter = Counter()
    with Pool(processes=1) as pool:
        seen = pool.apply(counter.bump, (5,))
    after = counter.count
    print(seen, after)
