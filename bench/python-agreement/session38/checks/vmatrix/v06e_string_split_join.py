# ordered
# value matrix: string_split_join: s.replace(',', ';', 2)
import threading

log = []


def work(s, sep):
    log.append(s.replace(',', ';', 2))


t = threading.Thread(target=work, args=('a,b,,c', ','))
t.start()
t.join()
print(log)
