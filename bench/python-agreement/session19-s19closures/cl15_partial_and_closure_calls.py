# Calls of a functools.partial and of a closure a factory made, as statements in a thread.
# CPython 3.11.7 (agree.py, 10 runs): ok total=1110 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import functools
import threading
total = 0
def add(n):
    global total
    total += n
def make_adder(n):
    def adder():
        add(n)
    return adder
def run():
    p = functools.partial(add, 10)
    p()
    functools.partial(add, 100)()
    make_adder(1000)()
t = threading.Thread(target=run)
t.start()
t.join()
print(total)
