# ordered
# value matrix: abs_pow_misc: pow(a, 2)
import threading

log = []


def work(a, b):
    log.append(pow(a, 2))


t = threading.Thread(target=work, args=(-5, 3))
t.start()
t.join()
print(log)
