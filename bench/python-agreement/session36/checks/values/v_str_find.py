"""str_find: `'banana'.find('n', a)` with a=3, b=0, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = 'banana'.find('n', a)


t = threading.Thread(target=work, args=(3, 0))
t.start()
t.join()
print(repr(result))
