"""min_strings: `min('pear', 'apple', str(a))` with a=9, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = min('pear', 'apple', str(a))


t = threading.Thread(target=work, args=(9, 0))
t.start()
t.join()
print(repr(result))
