# ordered
# value matrix: float_values: a ** 0.5
import threading

log = []


def work(a, b):
    log.append(a ** 0.5)


t = threading.Thread(target=work, args=(7.0, 2))
t.start()
t.join()
print(log)
