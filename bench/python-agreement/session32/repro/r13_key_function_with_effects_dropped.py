# max(items, key=weigh) as a statement, weigh a function of the file that appends to a module list: CPython
# calls it 3 times; weft drops the call (list(filter(check, items)), the function passed by position, is refused).
# CPython 3.11.7: `len(log)=3` (5 of 5 runs); weft explore: `len(log)=0`, its only outcome, "complete".
import threading

log = []


def weigh(x):
    log.append(x)
    return x % 3


def work():
    max([4, 5, 6], key=weigh)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
