# ordered
# value matrix: dict_methods: d.pop('a', None)
import threading

log = []


def work(d, k):
    log.append(d.pop('a', None))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2}, 'c'))
t.start()
t.join()
print(log)
