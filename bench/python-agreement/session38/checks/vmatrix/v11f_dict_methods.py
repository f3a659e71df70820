# ordered
# value matrix: dict_methods: list(d)
import threading

log = []


def work(d, k):
    log.append(list(d))


t = threading.Thread(target=work, args=({'a': 1, 'b': 2}, 'c'))
t.start()
t.join()
print(log)
