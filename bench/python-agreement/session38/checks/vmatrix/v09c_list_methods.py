# ordered
# value matrix: list_methods: sorted(xs, reverse=True)
import threading

log = []


def work(xs):
    log.append(sorted(xs, reverse=True))


t = threading.Thread(target=work, args=([3, 1, 4, 1, 5],))
t.start()
t.join()
print(log)
