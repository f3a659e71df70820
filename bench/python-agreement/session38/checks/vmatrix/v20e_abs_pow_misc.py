# ordered
# value matrix: abs_pow_misc: abs(-2.5)
import threading

log = []


def work(a, b):
    log.append(abs(-2.5))


t = threading.Thread(target=work, args=(-5, 3))
t.start()
t.join()
print(log)
