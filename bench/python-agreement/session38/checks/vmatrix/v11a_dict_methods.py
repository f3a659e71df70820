# ordered
# value matrix: dict_methods: d.get(k, 0)
import threading

log = []


def work(d, k):
    log.append(d.get(k, 0))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2}, 'c'))
t.start()
t.join()
print(log)
