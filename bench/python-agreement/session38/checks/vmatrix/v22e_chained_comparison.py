# ordered
# value matrix: chained_comparison: 1 < 2 > 1
import threading

log = []


def work(a, b, c):
    log.append(1 < 2 > 1)


t = threading.Thread(target=work, args=(1, 2, 2))
t.start()
t.join()
print(log)
