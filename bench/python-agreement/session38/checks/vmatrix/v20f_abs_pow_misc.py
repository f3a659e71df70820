# ordered
# value matrix: abs_pow_misc: max(a, b, 0)
import threading

log = []


def work(a, b):
    log.append(max(a, b, 0))


t = threading.Thread(target=work, args=(-5, 3))
t.start()
t.join()
print(log)
