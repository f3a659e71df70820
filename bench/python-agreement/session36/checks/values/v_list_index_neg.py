"""list_index_neg: `[a, b, a + b][-1]` with a=2, b=6, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = [a, b, a + b][-1]


t = threading.Thread(target=work, args=(2, 6))
t.start()
t.join()
print(repr(result))
