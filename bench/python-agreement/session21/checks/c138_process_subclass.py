# a Process subclass: its run() works on the child's copy of self
from multiprocessing import Process, Queue


class Squarer(Process):
    def __init__(self, n, out):
        super().__init__()
        self.n = n
        self.out = out
        self.done = 0

    def run(self):
        self.done = 1
        self.out.put(self.n * self.n)


if __name__ == "__main__":
    q = Queue()
    s = Squarer(7, q)
    s.start()
    value = q.get()
    s.join()
    parent_done = s.done
    print(value, parent_done)
