# ordered
# value matrix: dict_methods: d.setdefault(k, 5)
import threading

log = []


def work(d, k):
    log.append(d.setdefault(k, 5))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2}, 'c'))
t.start()
t.join()
print(log)
