# ordered
# value matrix: float_values: 1 / 3
import threading

log = []


def work(a, b):
    log.append(1 / 3)


t = threading.Thread(target=work, args=(7.0, 2))
t.start()
t.join()
print(log)
