# ordered
# value matrix: tuple_ordering: min([(2, 'a'), p, q])
import threading

log = []


def work(p, q):
    log.append(min([(2, 'a'), p, q]))


t = threading.Thread(target=work, args=((1, 'b'), (1, 'a')))
t.start()
t.join()
print(log)
