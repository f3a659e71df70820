# A closure factory whose nested function rebinds the factory's parameter (nonlocal): each closure its own cell.
# CPython 3.11.7 (10 runs): prints 5 every run. weft import: refused at the factory's call (20:36), the nonlocal cell named.
import threading

total = 0
lock = threading.Lock()


def make_counter(left):
    def run():
        global total
        nonlocal left
        while left > 0:
            left -= 1
            with lock:
                total += 1
    return run


threads = [threading.Thread(target=make_counter(n)) for n in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
