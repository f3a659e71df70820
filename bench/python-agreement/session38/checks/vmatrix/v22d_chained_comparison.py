# ordered
# value matrix: chained_comparison: b == c != a
import threading

log = []


def work(a, b, c):
    log.append(b == c != a)


t = threading.Thread(target=work, args=(1, 2, 2))
t.start()
t.join()
print(log)
