"""sum_generator: `sum(i * i for i in range(a, b))` with a=2, b=6, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = sum(i * i for i in range(a, b))


t = threading.Thread(target=work, args=(2, 6))
t.start()
t.join()
print(repr(result))
