# ordered
# value matrix: abs_pow_misc: abs(a)
import threading

log = []


def work(a, b):
    log.append(abs(a))


t = threading.Thread(target=work, args=(-5, 3))
t.start()
t.join()
print(log)
