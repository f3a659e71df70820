# ordered
# value matrix: string_format: '%d-%s' % (n, 'a')
import threading

log = []


def work(n, x):
    log.append('%d-%s' % (n, 'a'))


t = threading.Thread(target=work, args=(1234567, 3.14159))
t.start()
t.join()
print(log)
