# ordered
# value matrix: int_float_equality: a is b
import threading

log = []


def work(a, b):
    log.append(a is b)


t = threading.Thread(target=work, args=(1, 1.0))
t.start()
t.join()
print(log)
