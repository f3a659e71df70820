"""xor: `a ^ b` with a=12, b=10, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a ^ b


t = threading.Thread(target=work, args=(12, 10))
t.start()
t.join()
print(repr(result))
