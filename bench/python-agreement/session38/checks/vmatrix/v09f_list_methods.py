# ordered
# value matrix: list_methods: xs + [9]
import threading

log = []


def work(xs):
    log.append(xs + [9])


t = threading.Thread(target=work, args=([3, 1, 4, 1, 5],))
t.start()
t.join()
print(log)
