# a child process changes its copy of an instance; the parent's attribute is unchanged
from multiprocessing import Process


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 5


counter = Counter()

if __name__ == "__main__":
    p = Process(target=counter.bump)
    p.start()
    p.join()
    seen = counter.value
    print(seen)
