# ordered
# value matrix: string_split_join: s.count(sep)
import threading

log = []


def work(s, sep):
    log.append(s.count(sep))


t = threading.Thread(target=work, args=('a,b,,c', ','))
t.start()
t.join()
print(log)
