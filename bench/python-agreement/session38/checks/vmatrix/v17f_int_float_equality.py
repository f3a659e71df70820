# ordered
# value matrix: int_float_equality: max(a, b)
import threading

log = []


def work(a, b):
    log.append(max(a, b))


t = threading.Thread(target=work, args=(1, 1.0))
t.start()
t.join()
print(log)
