# ordered
# value matrix: big_integers: -(a ** 63)
import threading

log = []


def work(a, b):
    log.append(-(a ** 63))


t = threading.Thread(target=work, args=(2, 64))
t.start()
t.join()
print(log)
