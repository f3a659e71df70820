"""str_count: `'banana'.count('a') + a` with a=0, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'banana'.count('a') + a


t = threading.Thread(target=work, args=(0, 0))
t.start()
t.join()
print(repr(result))
