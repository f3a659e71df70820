# ordered
# value matrix: int_float_equality: 3 / 1
import threading

log = []


def work(a, b):
    log.append(3 / 1)


t = threading.Thread(target=work, args=(1, 1.0))
t.start()
t.join()
print(log)
