# ordered
# value matrix: dict_order_after_delete: list(d.values())
import threading

log = []


def work(d):
    log.append(list(d.values()))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2, 'c': 3},))
t.start()
t.join()
print(log)
