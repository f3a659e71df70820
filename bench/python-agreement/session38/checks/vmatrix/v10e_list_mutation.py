# ordered
# value matrix: list_mutation: xs
import threading

log = []


def work(xs):
    log.append(xs)


t = threading.Thread(target=work, args=([3, 1, 4, 1, 5],))
t.start()
t.join()
print(log)
