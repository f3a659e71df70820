# ordered
# value matrix: tuple_ordering: p == (1, 'b')
import threading

log = []


def work(p, q):
    log.append(p == (1, 'b'))


t = threading.Thread(target=work, args=((1, 'b'), (1, 'a')))
t.start()
t.join()
print(log)
