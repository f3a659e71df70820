"""big_sum_overflow: `a * 4_000_000_000 + b` with a=4000000000, b=1, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a * 4_000_000_000 + b


t = threading.Thread(target=work, args=(4000000000, 1))
t.start()
t.join()
print(repr(result))
