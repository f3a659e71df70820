# ordered
# value matrix: tuple_ordering: sorted([p, q])
import threading

log = []


def work(p, q):
    log.append(sorted([p, q]))


t = threading.Thread(target=work, args=((1, 'b'), (1, 'a')))
t.start()
t.join()
print(log)
