# ordered
# value matrix: big_integers: (a ** b) * (a ** b)
import threading

log = []


def work(a, b):
    log.append((a ** b) * (a ** b))


t = threading.Thread(target=work, args=(2, 64))
t.start()
t.join()
print(log)
