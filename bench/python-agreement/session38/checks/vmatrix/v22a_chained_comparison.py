# ordered
# value matrix: chained_comparison: a < b <= c
import threading

log = []


def work(a, b, c):
    log.append(a < b <= c)


t = threading.Thread(target=work, args=(1, 2, 2))
t.start()
t.join()
print(log)
