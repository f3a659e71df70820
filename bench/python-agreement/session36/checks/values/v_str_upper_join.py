"""str_upper_join: `'-'.join([str(a), str(b)]).upper()` with a=1, b=2, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = '-'.join([str(a), str(b)]).upper()


t = threading.Thread(target=work, args=(1, 2))
t.start()
t.join()
print(repr(result))
