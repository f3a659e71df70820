# ordered
# value matrix: big_integers: 10 ** 20 // 3
import threading

log = []


def work(a, b):
    log.append(10 ** 20 // 3)


t = threading.Thread(target=work, args=(2, 64))
t.start()
t.join()
print(log)
