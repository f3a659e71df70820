# ordered
# value matrix: string_case_strip: s.strip()[1:4]
import threading

log = []


def work(s):
    log.append(s.strip()[1:4])


t = threading.Thread(target=work, args=('  Hello World  ',))
t.start()
t.join()
print(log)
