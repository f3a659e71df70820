# ordered
# value matrix: int_float_equality: 2 * b
import threading

log = []


def work(a, b):
    log.append(2 * b)


t = threading.Thread(target=work, args=(1, 1.0))
t.start()
t.join()
print(log)
