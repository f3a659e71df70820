"""fstring_pad: `f'{a:>4}|{b:<3}|'` with a=7, b=42, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = f'{a:>4}|{b:<3}|'


t = threading.Thread(target=work, args=(7, 42))
t.start()
t.join()
print(repr(result))
