# ordered
# value matrix: int_float_equality: str(a + b)
import threading

log = []


def work(a, b):
    log.append(str(a + b))


t = threading.Thread(target=work, args=(1, 1.0))
t.start()
t.join()
print(log)
