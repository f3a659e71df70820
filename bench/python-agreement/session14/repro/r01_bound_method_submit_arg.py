# Expected: total == 3 (no bug). weft import exits 0, but the scenario does not load: the argument of a
# bound method submitted to an executor is bound to `self`, not to the method's own parameter.
from concurrent.futures import ThreadPoolExecutor


class Adder:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n


adder = Adder()


def main():
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(1, 3):
            ex.submit(adder.add, i)
    print(adder.total)


if __name__ == "__main__":
    main()
