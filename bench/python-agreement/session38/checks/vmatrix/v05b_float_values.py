# ordered
# value matrix: float_values: a % b
import threading

log = []


def work(a, b):
    log.append(a % b)


t = threading.Thread(target=work, args=(7.0, 2))
t.start()
t.join()
print(log)
