# ordered
# LookupError catches KeyError and IndexError; ArithmeticError catches ZeroDivisionError.
import threading

log = []


def work(d, xs, n):
    try:
        value = d["missing"]
    except LookupError as e:
        log.append(type(e).__name__)
    try:
        log.append(10 // n)
    except ArithmeticError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=({"a": 1}, [1, 2], 0))
t.start()
t.join()
print(log)
