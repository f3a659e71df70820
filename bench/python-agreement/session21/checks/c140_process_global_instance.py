# a child process calls a method of a global instance: it changes the child's copy only
from multiprocessing import Process


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n


tally = Tally()


def work():
    tally.add(4)


if __name__ == "__main__":
    p = Process(target=work)
    p.start()
    p.join()
    tally.add(1)
    seen = tally.count
    print(seen)
