# CPython: the child bumps its own copy of counter; the parent's counter.value stays 0 (status ok).
# weft import / explore: "the scenario imported from this program does not load: `counter_value` is not a shared variable of this task's process".
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
