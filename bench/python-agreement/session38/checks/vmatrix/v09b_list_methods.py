# ordered
# value matrix: list_methods: xs.count(1)
import threading

log = []


def work(xs):
    log.append(xs.count(1))


t = threading.Thread(target=work, args=([3, 1, 4, 1, 5],))
t.start()
t.join()
print(log)
