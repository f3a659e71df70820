# ordered
# value matrix: exception_text: 1 / n
import threading

log = []


def work(s, d, n):
    try:
        log.append(1 / n)
    except Exception as e:
        log.append(f"{type(e).__name__}: {e}")


t = threading.Thread(target=work, args=('x', {'a': 1}, 0))
t.start()
t.join()
print(log)
