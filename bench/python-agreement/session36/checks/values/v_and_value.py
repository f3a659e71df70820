"""and_value: `a and b` with a=0, b=9, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = a and b


t = threading.Thread(target=work, args=(0, 9))
t.start()
t.join()
print(repr(result))
