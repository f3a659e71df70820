# an instance given to a child process in args: the child changes its own copy
from multiprocessing import Process


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n


def work(tally):
    tally.add(3)


if __name__ == "__main__":
    t = Tally()
    p = Process(target=work, args=(t,))
    p.start()
    p.join()
    seen = t.count
    print(seen)
