"""format_pct: `f'{a / b:.1%}'` with a=1, b=3, computed in a thread."""
import threading

result = None


def work(a, b):
    global result
    result = f'{a / b:.1%}'


t = threading.Thread(target=work, args=(1, 3))
t.start()
t.join()
print(repr(result))
