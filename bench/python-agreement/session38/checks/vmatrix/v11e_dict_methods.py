# ordered
# value matrix: dict_methods: sorted(d.items())
import threading

log = []


def work(d, k):
    log.append(sorted(d.items()))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2}, 'c'))
t.start()
t.join()
print(log)
