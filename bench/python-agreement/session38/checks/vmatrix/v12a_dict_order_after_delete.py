# ordered
# value matrix: dict_order_after_delete: (d.pop('a'), list(d))[1]
import threading

log = []


def work(d):
    log.append((d.pop('a'), list(d))[1])


t = threading.Thread(target=work, args=({'a': 1, 'b': 2, 'c': 3},))
t.start()
t.join()
print(log)
