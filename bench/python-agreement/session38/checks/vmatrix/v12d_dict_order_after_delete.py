# ordered
# value matrix: dict_order_after_delete: len(d)
import threading

log = []


def work(d):
    log.append(len(d))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2, 'c': 3},))
t.start()
t.join()
print(log)
