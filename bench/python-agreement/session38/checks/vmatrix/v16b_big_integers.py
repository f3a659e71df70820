# ordered
# value matrix: big_integers: a ** b - 1
import threading

log = []


def work(a, b):
    log.append(a ** b - 1)


t = threading.Thread(target=work, args=(2, 64))
t.start()
t.join()
print(log)
