# ordered
# value matrix: abs_pow_misc: a ** 2 % 7
import threading

log = []


def work(a, b):
    log.append(a ** 2 % 7)


t = threading.Thread(target=work, args=(-5, 3))
t.start()
t.join()
print(log)
