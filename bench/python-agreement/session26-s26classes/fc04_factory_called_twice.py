# refused: a factory called twice has a cell per call (two counters), which one global cannot be
import threading


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1

    def read():
        return count

    return increment, read


inc_a, read_a = make_counter()
inc_b, read_b = make_counter()
t = threading.Thread(target=inc_a)
t.start()
t.join()
inc_b()
print(read_a(), read_b())
